package io.forecourt.leads.followup;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadAssigned;
import io.forecourt.leads.LeadDefeated;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadReactivated;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.leads.LeadWork;
import io.forecourt.leads.sla.SlaPolicies;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Defeat (战败): proposal, the manager's decision once, permissions, and reactivation. */
@LeadLifecycleTest
class LeadDefeatApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	SlaPolicies policies;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	LeadWork work;

	LeadWork.Dealer hangzhou;

	LeadWork.Dealer nanjing;

	@BeforeAll
	void people() {
		this.work = new LeadWork(this.mvc, this.jdbc, this.accounts, this.policies, this.clock);
		this.hangzhou = this.work.dealer("HZ-001");
		this.nanjing = this.work.dealer("NJ-001");
	}

	private UUID propose(UUID lead, String reason) throws Exception {
		String body = this.work
			.send(this.hangzhou.consultant(), "/api/v1/leads/" + lead + "/defeat-proposals",
					"{\"reasonCode\": \"" + reason + "\", \"note\": \"signed with a rival brand\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/lead-defeats/")))
			.andExpect(jsonPath("$.decision").value("PENDING"))
			.andExpect(jsonPath("$.priorStatus").value("CONTACTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private UUID defeatedLead(LeadGrade grade) throws Exception {
		UUID lead = this.work.contactedLead(this.hangzhou, grade);
		UUID defeat = propose(lead, "PRICE");
		this.work.send(this.hangzhou.manager(), "/api/v1/lead-defeats/" + defeat + "/approval", "{}")
			.andExpect(status().isOk());
		return lead;
	}

	@Test
	void aConsultantProposesAndTheManagerApprovesOnce() throws Exception {
		UUID lead = this.work.contactedLead(this.hangzhou, LeadGrade.A);
		UUID defeat = propose(lead, "BOUGHT_COMPETITOR");
		assertThat(this.work.statusOf(lead)).isEqualTo("DEFEAT_PENDING");
		assertThat(this.work.count("SELECT count(*) FROM lead_alerts WHERE lead_id = ? AND kind = 'DEFEAT_PROPOSED'"
				+ " AND dealer_id = ?", lead, this.hangzhou.id()))
			.isEqualTo(1);

		this.work.read(this.hangzhou.manager(), "/api/v1/lead-defeats?decision=PENDING&size=100")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(defeat.toString())));
		this.work.read(this.nanjing.manager(), "/api/v1/lead-defeats?decision=PENDING&size=100")
			.andExpect(jsonPath("$.items[*].id", not(hasItem(defeat.toString()))));

		this.work
			.send(this.hangzhou.manager(), "/api/v1/lead-defeats/" + defeat + "/approval",
					"{\"note\": \"agreed, price gap too big\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("APPROVED"))
			.andExpect(jsonPath("$.decisionNote").value("agreed, price gap too big"))
			.andExpect(jsonPath("$.decidedBy").exists());
		var row = this.jdbc.sql("SELECT status, grade, defeated_at, sla_due_at FROM leads WHERE id = ?")
			.param(lead)
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("DEFEATED");
		assertThat(String.valueOf(row.get("grade")).strip()).isEqualTo("F");
		assertThat(row.get("defeated_at")).isNotNull();
		assertThat(row.get("sla_due_at")).isNull();
		this.work.read(this.hangzhou.manager(), "/api/v1/leads/" + lead + "/grades")
			.andExpect(jsonPath("$[-1].grade").value("F"))
			.andExpect(jsonPath("$[-1].reason").value("defeated: BOUGHT_COMPETITOR"))
			.andExpect(jsonPath("$[-2].grade").value("A"));
		assertThat(this.events.stream(LeadDefeated.class).filter(e -> e.leadId().equals(lead))).singleElement()
			.satisfies(e -> assertThat(e.reasonCode()).isEqualTo("BOUGHT_COMPETITOR"));

		// decided once
		this.work.send(this.hangzhou.manager(), "/api/v1/lead-defeats/" + defeat + "/approval", "{}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("APPROVED")));
		this.work.send(this.work.hq(), "/api/v1/lead-defeats/" + defeat + "/return", "{\"note\": \"no\"}")
			.andExpect(status().isConflict());
		UUID customer = this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?")
			.param(lead)
			.query(UUID.class)
			.single();
		await(() -> this.work.count(
				"SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type = 'LEAD_DEFEATED'",
				customer) == 1);
	}

	@Test
	void aReturnedProposalSendsTheLeadBackWithTheManagersNote() throws Exception {
		UUID lead = this.work.contactedLead(this.hangzhou, LeadGrade.B);
		UUID defeat = propose(lead, "NOT_INTERESTED");
		this.work.send(this.hangzhou.manager(), "/api/v1/lead-defeats/" + defeat + "/return", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.work
			.send(this.hangzhou.manager(), "/api/v1/lead-defeats/" + defeat + "/return",
					"{\"note\": \"call again after the motor show\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("RETURNED"))
			.andExpect(jsonPath("$.decisionNote").value("call again after the motor show"));
		assertThat(this.work.statusOf(lead)).isEqualTo("CONTACTED");
		this.work.send(this.hangzhou.manager(), "/api/v1/lead-defeats/" + defeat + "/approval", "{}")
			.andExpect(status().isConflict());
		assertThat(this.events.stream(LeadDefeated.class).filter(e -> e.leadId().equals(lead))).isEmpty();
		// and it can be proposed again later
		propose(lead, "PURCHASE_DELAYED");
	}

	@Test
	void onlyManagersDecideAndOnlyTheirOwnDealersProposals() throws Exception {
		UUID lead = this.work.contactedLead(this.hangzhou, LeadGrade.A);
		UUID defeat = propose(lead, "BUDGET");
		this.work.send(this.hangzhou.consultant(), "/api/v1/lead-defeats/" + defeat + "/approval", "{}")
			.andExpect(status().isForbidden());
		this.work.send(this.nanjing.manager(), "/api/v1/lead-defeats/" + defeat + "/approval", "{}")
			.andExpect(status().isNotFound());
		assertThat(this.work.count("SELECT count(*) FROM audit_log WHERE action = 'ACCESS_DENIED'"
				+ " AND resource_type = 'lead-defeat' AND resource_id = ?", defeat.toString()))
			.isEqualTo(1);
		assertThat(this.work.statusOf(lead)).isEqualTo("DEFEAT_PENDING");
		this.work.send(this.work.hq(), "/api/v1/lead-defeats/" + defeat + "/approval", "{}").andExpect(status().isOk());
	}

	@Test
	void badProposalsAreRefusedAndWriteNothing() throws Exception {
		UUID lead = this.work.contactedLead(this.hangzhou, LeadGrade.A);
		String proposals = "/api/v1/leads/" + lead + "/defeat-proposals";
		this.work.send(this.hangzhou.consultant(), proposals, "{\"reasonCode\": \"TOO_TALL\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reasonCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("BOUGHT_COMPETITOR")));
		this.work.send(this.hangzhou.consultant(), proposals, "{\"reasonCode\": \"OTHER\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.work.send(this.hangzhou.colleague(), proposals, "{\"reasonCode\": \"PRICE\"}")
			.andExpect(status().isForbidden());
		this.work.send(this.nanjing.consultant(), proposals, "{\"reasonCode\": \"PRICE\"}")
			.andExpect(status().isNotFound());
		assertThat(this.work.count("SELECT count(*) FROM lead_defeats WHERE lead_id = ?", lead)).isZero();
		assertThat(this.work.statusOf(lead)).isEqualTo("CONTACTED");

		propose(lead, "PRICE");
		this.work.send(this.hangzhou.consultant(), proposals, "{\"reasonCode\": \"PRICE\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("waiting")));

		UUID uncontacted = this.work.assignedLead(this.hangzhou, LeadGrade.A);
		this.work
			.send(this.hangzhou.consultant(), "/api/v1/leads/" + uncontacted + "/defeat-proposals",
					"{\"reasonCode\": \"NO_CONTACT\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("contacted")));
	}

	@Test
	void theReasonsAreListedForTheConsole() throws Exception {
		this.work.read(this.hangzhou.consultant(), "/api/v1/lead-defeat-reasons")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("BOUGHT_COMPETITOR")))
			.andExpect(jsonPath("$[?(@.code == 'PRICE')].nameZh", hasItem("价格原因")));
	}

	@Test
	void hqReactivatesADefeatedLeadIntoTheHqPoolWithItsGradeBeforeF() throws Exception {
		UUID lead = defeatedLead(LeadGrade.A);
		this.work.read(this.work.hq(), "/api/v1/leads/reactivation-pool?reason=PRICE&size=100")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].leadId", hasItem(lead.toString())));
		this.work.read(this.hangzhou.manager(), "/api/v1/leads/reactivation-pool?size=100")
			.andExpect(jsonPath("$.items[*].leadId", hasItem(lead.toString())))
			.andExpect(jsonPath("$.items[0].phone", containsString("****")));
		this.work.read(this.nanjing.manager(), "/api/v1/leads/reactivation-pool?size=100")
			.andExpect(jsonPath("$.items[*].leadId", not(hasItem(lead.toString()))));
		this.work.read(this.work.hq(), "/api/v1/leads/reactivation-pool?reason=BUDGET&size=100")
			.andExpect(jsonPath("$.items[*].leadId", not(hasItem(lead.toString()))));
		this.work.read(this.work.hq(), "/api/v1/leads/reactivation-pool?minDays=1&size=100")
			.andExpect(jsonPath("$.items[*].leadId", not(hasItem(lead.toString()))));
		this.work.read(this.work.hq(), "/api/v1/leads/reactivation-pool?minDays=-1").andExpect(status().isBadRequest());

		this.work.send(this.hangzhou.consultant(), "/api/v1/leads/" + lead + "/reactivation", "{}")
			.andExpect(status().isForbidden());
		this.work.send(this.work.hq(), "/api/v1/leads/" + lead + "/reactivation", "{\"note\": \"new model launch\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dealerId").doesNotExist())
			.andExpect(jsonPath("$.previousDealerId").value(this.hangzhou.id().toString()));
		var row = this.jdbc.sql("SELECT status, grade, dealer_id, consultant_id FROM leads WHERE id = ?")
			.param(lead)
			.query()
			.singleRow();
		assertThat(row.get("status")).isEqualTo("NEW");
		assertThat(String.valueOf(row.get("grade")).strip()).isEqualTo("A");
		assertThat(row.get("dealer_id")).isNull();
		assertThat(row.get("consultant_id")).isNull();
		assertThat(this.work.count("SELECT count(*) FROM lead_assignments WHERE lead_id = ? AND reason = 'REACTIVATED'"
				+ " AND dealer_id IS NULL", lead))
			.isEqualTo(1);
		assertThat(this.events.stream(LeadReactivated.class).filter(e -> e.leadId().equals(lead))).hasSize(1);
		this.work.read(this.work.hq(), "/api/v1/leads/reactivation-pool?size=100")
			.andExpect(jsonPath("$.items[*].leadId", not(hasItem(lead.toString()))));
		this.work.send(this.work.hq(), "/api/v1/leads/" + lead + "/reactivation", "{}")
			.andExpect(status().isConflict());
	}

	@Test
	void aManagerReactivatesADefeatedLeadBackToItsConsultantWithAFreshWindow() throws Exception {
		UUID lead = defeatedLead(LeadGrade.H);
		this.clock.advance(Duration.ofDays(3));
		this.work.read(this.hangzhou.manager(), "/api/v1/leads/reactivation-pool?minDays=2&maxDays=5&size=100")
			.andExpect(jsonPath("$.items[*].leadId", hasItem(lead.toString())));
		this.work.send(this.nanjing.manager(), "/api/v1/leads/" + lead + "/reactivation", "{}")
			.andExpect(status().isNotFound());

		var reactivatedAt = this.clock.instant();
		this.work.send(this.hangzhou.manager(), "/api/v1/leads/" + lead + "/reactivation", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dealerId").value(this.hangzhou.id().toString()));
		assertThat(this.work.statusOf(lead)).isEqualTo("ASSIGNED");
		assertThat(this.jdbc.sql("SELECT consultant_id FROM leads WHERE id = ?").param(lead).query(UUID.class).single())
			.isEqualTo(this.hangzhou.consultantId());
		assertThat(this.jdbc.sql("SELECT sla_due_at FROM leads WHERE id = ?")
			.param(lead)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isCloseTo(reactivatedAt.plus(Duration.ofMinutes(15)), within(Duration.ofSeconds(5)));
		assertThat(this.events.stream(LeadAssigned.class).filter(e -> e.leadId().equals(lead))).singleElement()
			.satisfies(e -> assertThat(e.reason()).isEqualTo("REACTIVATED"));
	}

	@Test
	void aLeadWhoseConsultantLeftIsReactivatedForTheManagerToAssign() throws Exception {
		UUID lead = defeatedLead(LeadGrade.B);
		// as if the consultant had left the dealer since
		this.jdbc.sql("UPDATE leads SET consultant_id = ? WHERE id = ?").params(UUID.randomUUID(), lead).update();
		this.work.send(this.hangzhou.manager(), "/api/v1/leads/" + lead + "/reactivation", "{}")
			.andExpect(status().isOk());
		assertThat(this.work.statusOf(lead)).isEqualTo("ASSIGNED");
		assertThat(this.work.count("SELECT count(*) FROM leads WHERE id = ? AND consultant_id IS NULL", lead))
			.isEqualTo(1);
		assertThat(this.events.stream(LeadAssigned.class).filter(e -> e.leadId().equals(lead))).singleElement()
			.satisfies(e -> assertThat(e.consultantId()).isNull());
	}

	@Test
	void aLeadIsNotReactivatedWhileTheCustomerHasAnotherOpenOne() throws Exception {
		UUID lead = defeatedLead(LeadGrade.B);
		UUID customer = this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?")
			.param(lead)
			.query(UUID.class)
			.single();
		UUID other = this.work.capture();
		this.jdbc.sql("UPDATE leads SET customer_id = ? WHERE id = ?").params(customer, other).update();
		this.work.send(this.work.hq(), "/api/v1/leads/" + lead + "/reactivation", "{}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString(other.toString())));
		assertThat(this.work.statusOf(lead)).isEqualTo("DEFEATED");
	}

	private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within 10 seconds");
			}
			Thread.sleep(50);
		}
	}

}
