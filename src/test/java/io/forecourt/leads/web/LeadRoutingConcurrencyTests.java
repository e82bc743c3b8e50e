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
		UUID consultant = this.jdbc
			.sql("SELECT consultant_id FROM lead_assignments WHERE lead_id = ? AND reason = 'ROUTED'")
			.param(lead)
			.query(UUID.class)
			.single();
		assertThat(this.jdbc.sql("SELECT consultant_id FROM leads WHERE id = ?").param(lead).query(UUID.class).single())
			.isEqualTo(consultant);
	}

	@Test
	void routersRacingForOneDealerKeepItsCapacityAndItsConsultantsTurnsExact() throws Exception {
		List<UUID> pooled = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			pooled.add(capturePooled(XINING));
		}
		UUID dealer = newDealerInXining();
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

	private UUID newDealerInXining() throws Exception {
		UUID region = this.jdbc.sql("SELECT region_id FROM dealers WHERE code = 'BJ-001'").query(UUID.class).single();
		String code = "XN-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		String body = this.mvc
			.perform(as(this.hq, post("/api/v1/dealers")).contentType(MediaType.APPLICATION_JSON).content("""
					{"code": "%s", "regionId": "%s", "nameZh": "西宁测试店", "nameEn": "Xining Test",
					 "address": "西宁市城西区五四西路 1 号", "cityCode": "%s", "latitude": 36.62, "longitude": 101.78,
					 "phone": "0971 600 0000", "openingHours": {"MONDAY": "09:00-18:00"},
					 "brands": ["Huaxia"], "workshopBays": 4}
					""".formatted(code, region, XINING)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID dealer = UUID.fromString(JsonPath.read(body, "$.id"));
		for (String name : List.of("韩梅", "周杰")) {
			this.mvc
				.perform(as(this.hq, post("/api/v1/staff")).contentType(MediaType.APPLICATION_JSON)
					.content("{\"dealerId\": \"" + dealer + "\", \"name\": \"" + name + "\", \"phone\": \"" + mobile()
							+ "\", \"roles\": [\"SALES_CONSULTANT\"]}"))
				.andExpect(status().isCreated());
		}
		return dealer;
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
