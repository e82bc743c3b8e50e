package io.forecourt.leads.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Batches, concurrent duplicates, and leads following identity's merges and erasures. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadCustomerChangesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	String integrator;

	String hq;

	@BeforeAll
	void keys() {
		this.integrator = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
	}

	private UUID captureNew(String phone) throws Exception {
		String body = capture(this.mvc, this.integrator, lead(phone, "")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.leadId"));
	}

	private UUID customerOf(UUID leadId) {
		return this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?").param(leadId).query(UUID.class).single();
	}

	@Test
	void aBatchAnswersEachItemAndOneBadItemFailsNoOther() throws Exception {
		String good = mobile();
		this.mvc
			.perform(as(this.integrator, post("/api/v1/leads/batch")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"leads\": [" + lead(good, "") + ", " + lead(mobile(), ", \"cityCode\": \"x\"") + ", "
						+ lead("99", "") + ", " + lead(good, "") + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(3))
			.andExpect(jsonPath("$.items[0].status").value("NEW"))
			.andExpect(jsonPath("$.items[1].status").value("REJECTED"))
			.andExpect(jsonPath("$.items[1].errors[0].field").value("cityCode"))
			.andExpect(jsonPath("$.items[1].leadId").doesNotExist())
			.andExpect(jsonPath("$.items[2].status").value("INVALID"))
			.andExpect(jsonPath("$.items[3].status").value("DUPLICATE"));
	}

	@Test
	void concurrentDuplicatesOpenOneLead() throws Exception {
		String phone = mobile();
		// One ID first, so the captures race on the dedup check rather than on
		// resolution.
		captureNew(phone);
		this.jdbc.sql("UPDATE leads SET status = 'JUNK' WHERE phone_e164 = ?").param("+86" + phone).update();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> captures = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				captures.add(() -> capture(this.mvc, this.integrator, lead(phone, "")).andReturn()
					.getResponse()
					.getStatus());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(captures)) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 200, 200, 200);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM leads WHERE phone_e164 = ? AND status IN ('NEW', 'ASSIGNED')")
			.param("+86" + phone)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aMergeRepointsLeadsAndAnUnmergeRestoresThem() throws Exception {
		UUID older = captureNew(mobile());
		UUID younger = captureNew(mobile());
		UUID survivor = customerOf(older);
		UUID merged = customerOf(younger);
		this.mvc
			.perform(as(this.hq, post("/api/v1/customers/" + survivor + "/merge"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerId\": \"" + merged + "\"}"))
			.andExpect(status().isOk());
		await(() -> customerOf(younger).equals(survivor));

		this.mvc
			.perform(as(this.hq, post("/api/v1/customers/" + survivor + "/unmerge"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerId\": \"" + merged + "\"}"))
			.andExpect(status().isOk());
		await(() -> customerOf(younger).equals(merged));
		assertThat(customerOf(older)).isEqualTo(survivor);
	}

	@Test
	void erasureAnonymisesTheLeadsOfThePerson() throws Exception {
		UUID lead = captureNew(mobile());
		UUID customer = customerOf(lead);
		this.mvc
			.perform(as(this.hq, post("/api/v1/customers/" + customer + "/erase"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"asked by the person\"}"))
			.andExpect(status().isOk());
		await(() -> this.jdbc.sql("SELECT count(*) FROM leads WHERE id = ? AND phone_raw IS NULL")
			.param(lead)
			.query(Long.class)
			.single() == 1);
		assertThat(this.jdbc.sql("SELECT name, phone_e164, raw_payload FROM leads WHERE id = ?")
			.param(lead)
			.query()
			.singleRow()
			.values()).containsOnlyNulls();
		assertThat(this.jdbc.sql("SELECT count(*) FROM lead_sources WHERE lead_id = ? AND raw_payload IS NOT NULL")
			.param(lead)
			.query(Long.class)
			.single()).isZero();
	}

}
