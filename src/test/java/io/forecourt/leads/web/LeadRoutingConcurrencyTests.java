package io.forecourt.leads.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.leads.routing.LeadRouting;
import io.forecourt.leads.routing.RoutingOutcome;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.TestDealers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.leads.web.LeadTestClient.as;
import static io.forecourt.leads.web.LeadTestClient.await;
import static io.forecourt.leads.web.LeadTestClient.capture;
import static io.forecourt.leads.web.LeadTestClient.lead;
import static io.forecourt.leads.web.LeadTestClient.mobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Routers racing: on one lead (only one assigns it), and on many leads for one dealer
 * (its capacity and its consultants' turns stay exact).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadRoutingConcurrencyTests {

	/** Xining: no demo dealer in the city or in Qinghai. */
	private static final String XINING = "630100";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LeadRouting routing;

	String integrator;

	String hq;

	@BeforeAll
	void keys() {
		this.integrator = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
	}

	@Test
	void routersRacingOnOneLeadAssignItOnce() throws Exception {
		// the listener that routes after capture races with eight more routers
		UUID lead = capturePooled("310100");
		List<RoutingOutcome> outcomes = race(List.of(lead, lead, lead, lead, lead, lead, lead, lead));
		await(() -> routedRows(lead) > 0);
		assertThat(routedRows(lead)).isEqualTo(1);
		assertThat(outcomes.stream().filter(RoutingOutcome::routed).count()).isLessThanOrEqualTo(1);
		// the lead is where its one assignment says (a dealer may have no consultant)
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM leads l JOIN lead_assignments a ON a.lead_id = l.id AND a.reason = 'ROUTED'
				WHERE l.id = ? AND a.dealer_id = l.dealer_id
				    AND (a.consultant_id = l.consultant_id OR (a.consultant_id IS NULL AND l.consultant_id IS NULL))
				""").param(lead).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void routersRacingForOneDealerKeepItsCapacityAndItsConsultantsTurnsExact() throws Exception {
		List<UUID> pooled = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			pooled.add(capturePooled(XINING));
		}
		UUID dealer = TestDealers.register(this.mvc, this.jdbc, this.hq, "XN", XINING, List.of("韩梅", "周杰"));
		setCapacity(dealer, 5);
		List<UUID> twice = new ArrayList<>(pooled);
		twice.addAll(pooled);
		race(twice);
		List<UUID> assigned = this.jdbc.sql("SELECT id FROM leads WHERE dealer_id = ?")
			.param(dealer)
			.query(UUID.class)
			.list();
		assertThat(assigned).hasSize(5).allMatch(pooled::contains);
		for (UUID lead : pooled) {
			assertThat(routedRows(lead)).isLessThanOrEqualTo(1);
		}
		Map<UUID, Long> perConsultant = this.jdbc.sql("SELECT consultant_id FROM leads WHERE dealer_id = ?")
			.param(dealer)
			.query(UUID.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(c -> c, Collectors.counting()));
		assertThat(perConsultant.values()).containsExactlyInAnyOrder(3L, 2L);
	}

	private List<RoutingOutcome> race(List<UUID> leads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<RoutingOutcome>> routers = leads.stream()
				.map(lead -> (Callable<RoutingOutcome>) () -> this.routing.route(lead))
				.toList();
			List<RoutingOutcome> outcomes = new ArrayList<>();
			for (Future<RoutingOutcome> outcome : pool.invokeAll(routers)) {
				outcomes.add(outcome.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdown();
		}
	}

	/** Captures a lead; in a city without dealers it stays in the pool. */
	private UUID capturePooled(String city) throws Exception {
		String body = capture(this.mvc, this.integrator, lead(mobile(), "").replace("310100", city))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID lead = UUID.fromString(JsonPath.read(body, "$.leadId"));
		if (!city.equals("310100")) {
			await(() -> this.jdbc.sql("SELECT count(*) FROM leads WHERE id = ? AND routed_at IS NOT NULL")
				.param(lead)
				.query(Long.class)
				.single() == 1);
		}
		return lead;
	}

	private long routedRows(UUID lead) {
		return this.jdbc.sql("SELECT count(*) FROM lead_assignments WHERE lead_id = ? AND reason = 'ROUTED'")
			.param(lead)
			.query(Long.class)
			.single();
	}

	private void setCapacity(UUID dealer, int capacity) throws Exception {
		String etag = this.mvc.perform(as(this.hq, get("/api/v1/lead-dealer-capacities/" + dealer)))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(as(this.hq, put("/api/v1/lead-dealer-capacities/" + dealer)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"dailyCapacity\": " + capacity + ", \"accepting\": true}"))
			.andExpect(status().isOk());
	}

}
