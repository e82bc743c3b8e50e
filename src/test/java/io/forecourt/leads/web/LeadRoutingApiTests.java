package io.forecourt.leads.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.DemoRecords;
import io.forecourt.support.TestDealers;
import org.junit.jupiter.api.AfterEach;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Routing as it happens after capture: strategies in order, capacity and SLA weighing,
 * consultants by load, and the hand-overs managers and HQ make.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadRoutingApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	String integrator;

	String hq;

	String manager;

	String consultant;

	String otherManager;

	UUID yc1;

	UUID yc2;

	String yc1Code;

	String yc2Code;

	/**
	 * Two dealers of this test's own in Yinchuan (640100), where the demo network has
	 * none, with two consultants each: other tests add dealers and staff to the demo
	 * cities.
	 */
	@BeforeAll
	void dealersAndKeys() throws Exception {
		this.integrator = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.yc1 = TestDealers.register(this.mvc, this.jdbc, this.hq, "YC1", "640100", List.of("马丽", "杨帆"));
		this.yc2 = TestDealers.register(this.mvc, this.jdbc, this.hq, "YC2", "640100", List.of("马丽", "杨帆"));
		this.yc1Code = TestDealers.code(this.jdbc, this.yc1);
		this.yc2Code = TestDealers.code(this.jdbc, this.yc2);
		this.manager = ApiKeysForTests.issue(this.accounts, Role.DEALER_MANAGER, AccessScope.dealer(this.yc1));
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(this.yc1));
		this.otherManager = ApiKeysForTests.issue(this.accounts, Role.DEALER_MANAGER,
				AccessScope.dealer(DemoRecords.dealer(this.jdbc, "BJ-001")));
		roomForEveryTestLead();
	}

	/** A lead from Yinchuan, or from the given city instead. */
	private static String inCity(String cityCode) {
		return lead(mobile(), "").replace("310100", cityCode);
	}

	private void roomForEveryTestLead() throws Exception {
		// the whole suite routes many Shanghai leads today; capacity tests set their own
		this.mvc
			.perform(as(this.hq, put("/api/v1/lead-routing-weights"))
				.header("If-Match", etag("/api/v1/lead-routing-weights"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"capacityWeight\": 60, \"slaWeight\": 40, \"slaLookbackDays\": 30,"
						+ " \"defaultDailyCapacity\": 100000}"))
			.andExpect(status().isOk());
	}

	@AfterEach
	void restoreConfiguration() {
		this.jdbc.sql("DELETE FROM lead_dealer_capacity WHERE dealer_id IN (?, ?)").params(this.yc1, this.yc2).update();
		this.jdbc.sql("DELETE FROM lead_consultant_weights").update();
		this.jdbc.sql("UPDATE staff SET active = TRUE WHERE dealer_id IN (?, ?)").params(this.yc1, this.yc2).update();
		this.jdbc.sql("DELETE FROM lead_sla_breaches WHERE dealer_id IN (?, ?)").params(this.yc1, this.yc2).update();
	}

	@Test
	void aShanghaiLeadGoesToAShanghaiDealerAndConsultantWithItsSlaRunning() throws Exception {
		UUID lead = captureRouted(inCity("640100"));
		Routed routed = routed(lead);
		assertThat(routed.dealerId()).isIn(this.yc1, this.yc2);
		assertThat(routed.consultantId()).isNotNull();
		assertThat(routed.status()).isEqualTo("ASSIGNED");
		// a 7-day buyer asking for a test drive is graded H: first contact within 15
		// minutes
		assertThat(routed.slaWindow()).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.jdbc.sql("SELECT explanation FROM lead_assignments WHERE lead_id = ? AND reason = 'ROUTED'")
			.param(lead)
			.query(String.class)
			.single()).contains("same-city").contains("capacity").contains("consultant");
		UUID customer = customerOf(lead);
		assertThat(this.jdbc.sql("SELECT count(*) FROM customer_dealers WHERE customer_id = ? AND dealer_id = ?")
			.params(customer, routed.dealerId())
			.query(Long.class)
			.single()).isEqualTo(1);
		await(() -> this.jdbc
			.sql("SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type = 'LEAD_ASSIGNED'")
			.param(customer)
			.query(Long.class)
			.single() == 1);
	}

	@Test
	void dealerStaffSeeTheLeadsRoutedToTheirDealer() throws Exception {
		pause(this.yc2);
		UUID lead = captureRouted(inCity("640100"));
		assertThat(routed(lead).dealerId()).isEqualTo(this.yc1);
		this.mvc.perform(as(this.consultant, get("/api/v1/leads/" + lead))).andExpect(status().isOk());
		this.mvc.perform(as(this.otherManager, get("/api/v1/leads/" + lead))).andExpect(status().isNotFound());
		this.mvc.perform(as(this.hq, get("/api/v1/leads/" + lead + "/assignments")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reason").value("ROUTED"));
		this.mvc.perform(as(this.otherManager, get("/api/v1/leads/" + lead + "/assignments")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDistrictCodeRoutesWithinItsCityAndAProvinceWithoutThatCityToItsOtherCities() throws Exception {
		UUID pudong = captureRouted(inCity("640104"));
		assertThat(routed(pudong).dealerId()).isIn(this.yc1, this.yc2);
		// Wuzhong has no dealer; Ningxia has the two in Yinchuan
		UUID wenzhou = captureRouted(inCity("640300"));
		assertThat(routed(wenzhou).dealerId()).isIn(this.yc1, this.yc2);
		assertThat(explanation(wenzhou)).contains("same-city: no active dealer").contains("same-province:");
	}

	@Test
	void theCustomersPreferredDealerComesFirstEvenInAnotherCity() throws Exception {
		String phone = mobile();
		UUID first = captureRouted(lead(phone, "").replace("310100", "650100"));
		UUID bj001 = DemoRecords.dealer(this.jdbc, "BJ-001");
		this.jdbc.sql("UPDATE customers SET preferred_dealer_id = ? WHERE id = ?")
			.params(bj001, customerOf(first))
			.update();
		closeLead(first);
		UUID second = captureRouted(lead(phone, "").replace("310100", "640100"));
		assertThat(routed(second).dealerId()).isEqualTo(bj001);
		assertThat(explanation(second)).startsWith("preferred-dealer: BJ-001 chosen");
	}

	@Test
	void aReturningCustomerGoesBackToTheDealerOfTheirLastLead() throws Exception {
		String phone = mobile();
		UUID first = captureRouted(lead(phone, "").replace("310100", "640100"));
		UUID previous = routed(first).dealerId();
		closeLead(first);
		UUID second = captureRouted(lead(phone, "").replace("310100", "650100"));
		assertThat(routed(second).dealerId()).isEqualTo(previous);
		assertThat(explanation(second)).contains("previous-dealer");
	}

	@Test
	void fullDealersAreSkippedAndWhenAllAreFullTheLeadStaysInThePoolWithTheReason() throws Exception {
		setCapacity(this.yc1, intakeToday(this.yc1) + 1);
		setCapacity(this.yc2, intakeToday(this.yc2) + 1);
		List<UUID> dealers = List.of(routed(captureRouted(inCity("640100"))).dealerId(),
				routed(captureRouted(inCity("640100"))).dealerId());
		assertThat(dealers).containsExactlyInAnyOrder(this.yc1, this.yc2);
		UUID pooled = captureRouted(inCity("640100"));
		assertThat(routed(pooled).status()).isEqualTo("NEW");
		assertThat(routed(pooled).dealerId()).isNull();
		assertThat(explanation(pooled)).contains(this.yc1Code + " at capacity").contains(this.yc2Code + " at capacity");
		// HQ raises a capacity and routes the pooled lead by hand
		setCapacity(this.yc2, intakeToday(this.yc2) + 1);
		this.mvc.perform(as(this.hq, post("/api/v1/leads/" + pooled + "/routing")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.routed").value(true))
			.andExpect(jsonPath("$.dealerId").value(this.yc2.toString()));
		this.mvc.perform(as(this.hq, post("/api/v1/leads/" + pooled + "/routing"))).andExpect(status().isConflict());
	}

	@Test
	void aPausedDealerGetsNothingAndAPoorSlaRecordLosesToAGoodOne() throws Exception {
		pause(this.yc1);
		for (int i = 0; i < 3; i++) {
			assertThat(routed(captureRouted(inCity("640100"))).dealerId()).isEqualTo(this.yc2);
		}
		this.jdbc.sql("DELETE FROM lead_dealer_capacity WHERE dealer_id IN (?, ?)").params(this.yc1, this.yc2).update();
		// equal free capacity; the second dealer breached the SLA of every recent lead
		setCapacity(this.yc1, intakeToday(this.yc1) + 50);
		setCapacity(this.yc2, intakeToday(this.yc2) + 50);
		for (UUID breached : this.jdbc
			.sql("SELECT lead_id FROM lead_assignments WHERE dealer_id = ? AND reason = 'ROUTED'")
			.param(this.yc2)
			.query(UUID.class)
			.list()) {
			this.jdbc.sql("""
					INSERT INTO lead_sla_breaches (id, lead_id, dealer_id, breach_number, due_at, detected_at, action)
					VALUES (?, ?, ?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'MANAGER_NOTIFIED')
					""").params(UUID.randomUUID(), breached, this.yc2).update();
		}
		assertThat(routed(captureRouted(inCity("640100"))).dealerId()).isEqualTo(this.yc1);
	}

	@Test
	void consultantsTakeTurnsByOpenLoadAndWeightSkippingInactiveOnes() throws Exception {
		pause(this.yc2);
		List<UUID> consultants = this.jdbc
			.sql("SELECT id FROM staff WHERE dealer_id = ? AND roles LIKE '%SALES_CONSULTANT%' ORDER BY id")
			.param(this.yc1)
			.query(UUID.class)
			.list();
		assertThat(consultants).hasSize(2);
		this.jdbc.sql("UPDATE leads SET status = 'WON' WHERE dealer_id = ?").param(this.yc1).update();
		List<UUID> got = List.of(consultantOf(captureRouted(inCity("640100"))),
				consultantOf(captureRouted(inCity("640100"))), consultantOf(captureRouted(inCity("640100"))),
				consultantOf(captureRouted(inCity("640100"))));
		assertThat(got).filteredOn(consultants.get(0)::equals).hasSize(2);
		assertThat(got).filteredOn(consultants.get(1)::equals).hasSize(2);
		// the manager stops new leads for the first consultant (weight 0)
		this.mvc
			.perform(as(this.manager, put("/api/v1/lead-consultant-weights/" + consultants.get(0)))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"dealerId\": \"" + this.yc1 + "\", \"weight\": 0}"))
			.andExpect(status().isOk());
		assertThat(consultantOf(captureRouted(inCity("640100")))).isEqualTo(consultants.get(1));
		this.jdbc.sql("DELETE FROM lead_consultant_weights").update();
		// an inactive consultant is skipped
		this.jdbc.sql("UPDATE staff SET active = FALSE WHERE id = ?").param(consultants.get(1)).update();
		assertThat(consultantOf(captureRouted(inCity("640100")))).isEqualTo(consultants.get(0));
		// another dealer's manager cannot set this dealer's shares
		this.mvc
			.perform(as(this.otherManager, put("/api/v1/lead-consultant-weights/" + consultants.get(0)))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"dealerId\": \"" + this.yc1 + "\", \"weight\": 3}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theManagerReassignsWithinTheDealerAndTheSlaRunsOn() throws Exception {
		pause(this.yc2);
		UUID lead = captureRouted(inCity("640100"));
		Routed before = routed(lead);
		UUID other = this.jdbc
			.sql("SELECT id FROM staff WHERE dealer_id = ? AND roles LIKE '%SALES_CONSULTANT%' AND id <> ?")
			.params(this.yc1, before.consultantId())
			.query(UUID.class)
			.single();
		this.mvc
			.perform(as(this.consultant, post("/api/v1/leads/" + lead + "/assignment"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"consultantId\": \"" + other + "\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(this.otherManager, post("/api/v1/leads/" + lead + "/assignment"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"consultantId\": \"" + other + "\"}"))
			.andExpect(status().isNotFound());
		UUID foreign = this.jdbc.sql("SELECT id FROM staff WHERE dealer_id = ? FETCH FIRST 1 ROWS ONLY")
			.param(this.yc2)
			.query(UUID.class)
			.single();
		this.mvc
			.perform(as(this.manager, post("/api/v1/leads/" + lead + "/assignment"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"consultantId\": \"" + foreign + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consultantId"));
		assertThat(routed(lead)).isEqualTo(before);
		this.mvc
			.perform(as(this.manager, post("/api/v1/leads/" + lead + "/assignment"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"consultantId\": \"" + other + "\", \"note\": \"speaks Cantonese\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consultantId").value(other.toString()));
		Routed after = routed(lead);
		assertThat(after.consultantId()).isEqualTo(other);
		assertThat(after.slaDueAt()).isEqualTo(before.slaDueAt());
		this.mvc.perform(as(this.manager, get("/api/v1/leads/" + lead + "/assignments")))
			.andExpect(jsonPath("$[1].reason").value("REASSIGNED"))
			.andExpect(jsonPath("$[1].explanation", containsString("speaks Cantonese")));
	}

	@Test
	void hqMovesALeadToAnotherDealerWithAFreshSla() throws Exception {
		UUID lead = captureRouted(inCity("640100"));
		UUID bj002 = DemoRecords.dealer(this.jdbc, "BJ-002");
		String move = "{\"dealerId\": \"" + bj002 + "\", \"note\": \"customer moved to Beijing\"}";
		this.mvc
			.perform(as(this.manager, post("/api/v1/leads/" + lead + "/transfer"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(move))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(this.hq, post("/api/v1/leads/" + lead + "/transfer")).contentType(MediaType.APPLICATION_JSON)
				.content(move))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dealerId").value(bj002.toString()));
		assertThat(routed(lead).dealerId()).isEqualTo(bj002);
		this.mvc
			.perform(as(this.hq, post("/api/v1/leads/" + lead + "/transfer")).contentType(MediaType.APPLICATION_JSON)
				.content(move))
			.andExpect(status().isConflict());
	}

	@Test
	void hqEditsTheRoutingOrderWithETagsAndOthersCannot() throws Exception {
		this.mvc.perform(as(this.manager, get("/api/v1/lead-routing-rules"))).andExpect(status().isForbidden());
		String etag = etag("/api/v1/lead-routing-rules/same-city");
		String body = "{\"position\": 30, \"strategy\": \"NEARBY\", \"description\": \"x\", \"active\": true}";
		this.mvc
			.perform(as(this.hq, put("/api/v1/lead-routing-rules/same-city")).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("strategy"));
		this.mvc
			.perform(as(this.hq, put("/api/v1/lead-routing-rules/same-city")).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("NEARBY", "SAME_CITY").replace("true", "false")))
			.andExpect(status().isOk());
		try {
			// same city is off: a Yinchuan lead still finds Yinchuan through the province
			UUID lead = captureRouted(inCity("640100"));
			assertThat(explanation(lead)).doesNotContain("same-city").contains("same-province");
		}
		finally {
			this.mvc
				.perform(as(this.hq, put("/api/v1/lead-routing-rules/same-city"))
					.header("If-Match", etag("/api/v1/lead-routing-rules/same-city"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body.replace("NEARBY", "SAME_CITY")))
				.andExpect(status().isOk());
		}
		this.mvc
			.perform(as(this.hq, put("/api/v1/lead-routing-weights"))
				.header("If-Match", etag("/api/v1/lead-routing-weights"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"capacityWeight\": 0, \"slaWeight\": 0, \"slaLookbackDays\": 30,"
						+ " \"defaultDailyCapacity\": 40}"))
			.andExpect(status().isBadRequest());
	}

	// --- helpers

	record Routed(String status, UUID dealerId, UUID consultantId, Instant assignedAt, Instant slaDueAt) {

		Duration slaWindow() {
			return Duration.between(this.assignedAt, this.slaDueAt);
		}

	}

	/** Captures a new lead and waits until routing has decided about it. */
	private UUID captureRouted(String json) throws Exception {
		String body = capture(this.mvc, this.integrator, json).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID lead = UUID.fromString(JsonPath.read(body, "$.leadId"));
		await(() -> this.jdbc.sql("SELECT count(*) FROM leads WHERE id = ? AND routed_at IS NOT NULL")
			.param(lead)
			.query(Long.class)
			.single() == 1);
		// the snapshot of rules and weights may be a few seconds old; capacity is not
		return lead;
	}

	private Routed routed(UUID lead) {
		return this.jdbc.sql("SELECT status, dealer_id, consultant_id, assigned_at, sla_due_at FROM leads WHERE id = ?")
			.param(lead)
			.query((rs, n) -> new Routed(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
			.single();
	}

	private UUID consultantOf(UUID lead) {
		return routed(lead).consultantId();
	}

	private UUID customerOf(UUID lead) {
		return this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?").param(lead).query(UUID.class).single();
	}

	private String explanation(UUID lead) {
		return this.jdbc
			.sql("SELECT explanation FROM lead_assignments WHERE lead_id = ? ORDER BY assigned_at DESC"
					+ " FETCH FIRST 1 ROWS ONLY")
			.param(lead)
			.query(String.class)
			.single();
	}

	/** Ends the lead so the customer's next one is not a duplicate of it. */
	private void closeLead(UUID lead) {
		this.jdbc.sql("UPDATE leads SET status = 'WON' WHERE id = ?").param(lead).update();
	}

	/** Leads routed to the dealer since midnight in Shanghai, as routing counts them. */
	private int intakeToday(UUID dealer) {
		ZoneId shanghai = ZoneId.of("Asia/Shanghai");
		return this.jdbc
			.sql("SELECT count(*) FROM lead_assignments WHERE dealer_id = ? AND reason IN ('ROUTED','TRANSFERRED')"
					+ " AND assigned_at >= ?")
			.params(dealer, Timestamp.from(LocalDate.now(shanghai).atStartOfDay(shanghai).toInstant()))
			.query(Integer.class)
			.single();
	}

	private String etag(String path) throws Exception {
		return this.mvc.perform(as(this.hq, get(path)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
	}

	private void setCapacity(UUID dealer, int capacity) throws Exception {
		String etag = etag("/api/v1/lead-dealer-capacities/" + dealer);
		this.mvc
			.perform(as(this.hq, put("/api/v1/lead-dealer-capacities/" + dealer)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"dailyCapacity\": " + capacity + ", \"accepting\": true}"))
			.andExpect(status().isOk());
	}

	private void pause(UUID dealer) {
		this.jdbc
			.sql("INSERT INTO lead_dealer_capacity (dealer_id, daily_capacity, accepting, version)"
					+ " VALUES (?, NULL, FALSE, 0)")
			.param(dealer)
			.update();
	}

}
