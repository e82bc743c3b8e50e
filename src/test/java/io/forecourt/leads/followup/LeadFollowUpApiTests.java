package io.forecourt.leads.followup;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadContacted;
import io.forecourt.leads.LeadFollowedUp;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadGraded;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging follow-ups: kinds and outcomes, first contact and the SLA, who may, re-grading.
 */
@LeadLifecycleTest
class LeadFollowUpApiTests {

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

	private String followUps(UUID lead) {
		return "/api/v1/leads/" + lead + "/follow-ups";
	}

	@Test
	void theFirstCallStopsTheSlaClockAndMovesTheLeadToContacted() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.H);
		this.work.send(this.hangzhou.consultant(), followUps(lead), "{\"kind\": \"CALL\", \"outcome\": \"REACHED\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.firstContact").value(true))
			.andExpect(jsonPath("$.leadStatus").value("CONTACTED"))
			.andExpect(jsonPath("$.slaDueAt").doesNotExist())
			.andExpect(jsonPath("$.followUp.staffId").value(this.hangzhou.consultantId().toString()));

		assertThat(this.work.statusOf(lead)).isEqualTo("CONTACTED");
		assertThat(this.work.count(
				"SELECT count(*) FROM leads WHERE id = ? AND sla_due_at IS NULL" + " AND contacted_at IS NOT NULL",
				lead))
			.isEqualTo(1);
		assertThat(this.events.stream(LeadContacted.class).filter(e -> e.leadId().equals(lead))).singleElement()
			.satisfies(e -> {
				assertThat(e.withinSla()).isTrue();
				assertThat(e.dealerId()).isEqualTo(this.hangzhou.id());
				assertThat(e.outcome()).isEqualTo("REACHED");
			});
		assertThat(this.work.count(
				"SELECT count(*) FROM audit_log WHERE resource_type = 'lead-follow-up'" + " AND detail LIKE ?",
				"%" + lead + "%"))
			.isEqualTo(1);
		UUID customer = this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?")
			.param(lead)
			.query(UUID.class)
			.single();
		await(() -> this.work.count("SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type IN"
				+ " ('LEAD_CONTACTED', 'LEAD_FOLLOWED_UP')", customer) == 2);

		// a second call is a follow-up, not a first contact
		this.work.send(this.hangzhou.consultant(), followUps(lead), "{\"kind\": \"CALL\", \"outcome\": \"INTERESTED\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.firstContact").value(false));
		assertThat(this.events.stream(LeadContacted.class).filter(e -> e.leadId().equals(lead))).hasSize(1);
		assertThat(this.events.stream(LeadFollowedUp.class).filter(e -> e.leadId().equals(lead))).hasSize(2);
	}

	@Test
	void anUnansweredCallIsAFirstResponseToo() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.A);
		this.work.send(this.hangzhou.consultant(), followUps(lead), "{\"kind\": \"CALL\", \"outcome\": \"NO_ANSWER\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.firstContact").value(true));
		assertThat(this.work.statusOf(lead)).isEqualTo("CONTACTED");
		assertThat(this.events.stream(LeadContacted.class).filter(e -> e.leadId().equals(lead))).singleElement()
			.satisfies(e -> assertThat(e.outcome()).isEqualTo("NO_ANSWER"));
	}

	@Test
	void aNoteNeedsTextButNoOutcomeAndLeavesTheClockRunning() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.H);
		Timestamp due = dueAt(lead);
		this.work.send(this.hangzhou.consultant(), followUps(lead), "{\"kind\": \"NOTE\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.work
			.send(this.hangzhou.consultant(), followUps(lead), "{\"kind\": \"NOTE\", \"note\": \"prefers evenings\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.followUp.outcome").value("NOTED"))
			.andExpect(jsonPath("$.firstContact").value(false))
			.andExpect(jsonPath("$.leadStatus").value("ASSIGNED"));
		assertThat(dueAt(lead)).isEqualTo(due);
	}

	@Test
	void aVisitAndATestDriveStampTheirFunnelStagesOnce() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.H);
		this.clock.advance(Duration.ofMinutes(1));
		Instant visit = this.clock.instant().minus(Duration.ofSeconds(30)).truncatedTo(ChronoUnit.SECONDS);
		this.work
			.send(this.hangzhou.consultant(), followUps(lead),
					"{\"kind\": \"VISIT\", \"outcome\": \"INTERESTED\", \"occurredAt\": \"" + visit + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.firstContact").value(true));
		this.work
			.send(this.hangzhou.consultant(), followUps(lead), "{\"kind\": \"VISIT\", \"outcome\": \"INTERESTED\"}")
			.andExpect(status().isCreated());
		this.work
			.send(this.hangzhou.consultant(), followUps(lead),
					"{\"kind\": \"TEST_DRIVE\", \"outcome\": \"APPOINTMENT_MADE\"}")
			.andExpect(status().isCreated());
		assertThat(stage(lead, "visited_at")).isEqualTo(visit);
		assertThat(stage(lead, "contacted_at")).isEqualTo(visit);
		assertThat(stage(lead, "test_driven_at")).isAfter(visit);
	}

	@Test
	void theNextActionIsKeptOnTheLead() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.B);
		Instant next = this.clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
		this.work
			.send(this.hangzhou.consultant(), followUps(lead),
					"{\"kind\": \"WECHAT\", \"outcome\": \"APPOINTMENT_MADE\", \"note\": \"visit on Saturday\","
							+ " \"nextActionAt\": \"" + next + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.nextActionAt").value(next.toString()));
		assertThat(this.jdbc.sql("SELECT next_action_at FROM leads WHERE id = ?")
			.param(lead)
			.query(Timestamp.class)
			.single()
			.toInstant()).isEqualTo(next);
	}

	@Test
	void badKindsOutcomesAndTimesAreRejectedAndWriteNothing() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.H);
		String consultant = this.hangzhou.consultant();
		Instant now = this.clock.instant();
		this.work.send(consultant, followUps(lead), "{\"kind\": \"FAX\", \"outcome\": \"REACHED\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(containsString("validation")))
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.work.send(consultant, followUps(lead), "{\"kind\": \"VISIT\", \"outcome\": \"NO_ANSWER\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("INTERESTED")));
		this.work.send(consultant, followUps(lead), "{\"kind\": \"CALL\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		this.work
			.send(consultant, followUps(lead),
					"{\"kind\": \"CALL\", \"outcome\": \"REACHED\", \"occurredAt\": \"" + now.plus(Duration.ofHours(1))
							+ "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
		this.work
			.send(consultant, followUps(lead),
					"{\"kind\": \"CALL\", \"outcome\": \"REACHED\", \"occurredAt\": \"" + now.minus(Duration.ofDays(3))
							+ "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("captured")));
		this.work
			.send(consultant, followUps(lead),
					"{\"kind\": \"CALL\", \"outcome\": \"REACHED\", \"nextActionAt\": \""
							+ now.minus(Duration.ofMinutes(5)) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nextActionAt"));
		this.work
			.send(consultant, followUps(lead), "{\"kind\": \"CALL\", \"outcome\": \"REACHED\", \"mood\": \"good\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(containsString("unknown-field")));

		assertThat(this.work.count("SELECT count(*) FROM lead_follow_ups WHERE lead_id = ?", lead)).isZero();
		assertThat(this.work.statusOf(lead)).isEqualTo("ASSIGNED");
		assertThat(this.work.count("SELECT count(*) FROM leads WHERE id = ? AND sla_due_at IS NOT NULL", lead))
			.isEqualTo(1);
	}

	@Test
	void anotherDealersLeadIsNotFoundAndTheAttemptIsAudited() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.H);
		String call = "{\"kind\": \"CALL\", \"outcome\": \"REACHED\"}";
		this.work.send(this.nanjing.consultant(), followUps(lead), call).andExpect(status().isNotFound());
		this.work.send(this.nanjing.manager(), followUps(lead), call).andExpect(status().isNotFound());
		this.work.read(this.nanjing.manager(), followUps(lead)).andExpect(status().isNotFound());

		assertThat(this.work.count("SELECT count(*) FROM lead_follow_ups WHERE lead_id = ?", lead)).isZero();
		assertThat(this.work.statusOf(lead)).isEqualTo("ASSIGNED");
		assertThat(this.work
			.count("SELECT count(*) FROM audit_log WHERE action = 'ACCESS_DENIED' AND resource_type = 'lead'"
					+ " AND resource_id = ?", lead.toString()))
			.isEqualTo(3);
	}

	@Test
	void onlyTheLeadsConsultantItsManagersAndHqWorkIt() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.H);
		String note = "{\"kind\": \"NOTE\", \"note\": \"asked about the EV range\"}";
		this.work.send(this.hangzhou.colleague(), followUps(lead), note)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("consultant")));
		assertThat(this.work.count("SELECT count(*) FROM lead_follow_ups WHERE lead_id = ?", lead)).isZero();

		this.work.send(this.hangzhou.manager(), followUps(lead), note).andExpect(status().isCreated());
		this.work.send(this.work.hq(), followUps(lead), note)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.followUp.staffId").doesNotExist());
		// colleagues may read what was logged
		this.work.read(this.hangzhou.colleague(), followUps(lead))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2));
	}

	@Test
	void followUpsAreListedLatestFirst() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.B);
		this.clock.advance(Duration.ofMinutes(1));
		Instant now = this.clock.instant();
		this.work
			.send(this.hangzhou.consultant(), followUps(lead),
					"{\"kind\": \"CALL\", \"outcome\": \"NO_ANSWER\"," + " \"occurredAt\": \""
							+ now.minus(Duration.ofSeconds(20)) + "\"}")
			.andExpect(status().isCreated());
		this.work.send(this.hangzhou.consultant(), followUps(lead), "{\"kind\": \"WECHAT\", \"outcome\": \"REACHED\"}")
			.andExpect(status().isCreated());
		this.work.read(this.hangzhou.consultant(), followUps(lead) + "?size=10")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].kind", contains("WECHAT", "CALL")));
	}

	@Test
	void leadsNoDealerIsWorkingTakeNoFollowUps() throws Exception {
		UUID lead = this.work.capture();
		this.work.send(this.work.hq(), followUps(lead), "{\"kind\": \"CALL\", \"outcome\": \"REACHED\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("NEW")));
		assertThat(this.work.count("SELECT count(*) FROM lead_follow_ups WHERE lead_id = ?", lead)).isZero();
	}

	@Test
	void aContactedLeadIsRegradedWithAReasonAndEveryGradeIsKept() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.A);
		String grade = "/api/v1/leads/" + lead + "/grade";
		this.work.send(this.hangzhou.consultant(), grade, "{\"grade\": \"H\", \"reason\": \"wants it this week\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("contacted")));

		this.work.send(this.hangzhou.consultant(), followUps(lead), "{\"kind\": \"CALL\", \"outcome\": \"REACHED\"}")
			.andExpect(status().isCreated());
		this.work.send(this.hangzhou.consultant(), grade, "{\"grade\": \"H\", \"reason\": \"wants it this week\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("H"))
			.andExpect(jsonPath("$.reason").value("wants it this week"));
		this.work.send(this.hangzhou.manager(), grade, "{\"grade\": \"b\", \"reason\": \"financing fell through\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("B"));

		this.work.read(this.hangzhou.colleague(), "/api/v1/leads/" + lead + "/grades")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[0].reason").value("scored at capture"))
			.andExpect(jsonPath("$[1:].grade", contains("A", "H", "B")))
			.andExpect(jsonPath("$[2].reason").value("wants it this week"))
			.andExpect(jsonPath("$[2].explanation").value(containsString("re-graded from A")))
			.andExpect(jsonPath("$[3].reason").value("financing fell through"));
		assertThat(this.jdbc.sql("SELECT grade FROM leads WHERE id = ?").param(lead).query(String.class).single())
			.isEqualTo("B");
		assertThat(this.events.stream(LeadGraded.class).filter(e -> e.leadId().equals(lead)).map(LeadGraded::grade))
			.endsWith(LeadGrade.H, LeadGrade.B);
	}

	@Test
	void oAndFUnknownGradesAndMissingReasonsAreRefused() throws Exception {
		UUID lead = this.work.contactedLead(this.hangzhou, LeadGrade.A);
		String grade = "/api/v1/leads/" + lead + "/grade";
		this.work.send(this.hangzhou.consultant(), grade, "{\"grade\": \"F\", \"reason\": \"gone\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("defeat")));
		this.work.send(this.hangzhou.consultant(), grade, "{\"grade\": \"O\", \"reason\": \"ordered\"}")
			.andExpect(status().isConflict());
		this.work.send(this.hangzhou.consultant(), grade, "{\"grade\": \"X\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("grade", "reason")));
		this.work.send(this.hangzhou.consultant(), grade, "{\"grade\": \"A\", \"reason\": \"same\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("already")));
		this.work.send(this.hangzhou.colleague(), grade, "{\"grade\": \"C\", \"reason\": \"not mine\"}")
			.andExpect(status().isForbidden());
		this.work.send(this.nanjing.manager(), grade, "{\"grade\": \"C\", \"reason\": \"not ours\"}")
			.andExpect(status().isNotFound());
		assertThat(this.work.count("SELECT count(*) FROM lead_grade_history WHERE lead_id = ?", lead)).isEqualTo(2);
		this.work.read(this.work.hq(), "/api/v1/leads/" + lead + "/grades")
			.andExpect(jsonPath("$[*].reason", hasItem("scored at capture")));
	}

	private Instant stage(UUID lead, String column) {
		return this.jdbc.sql("SELECT " + column + " FROM leads WHERE id = ?")
			.param(lead)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private Timestamp dueAt(UUID lead) {
		return this.jdbc.sql("SELECT sla_due_at FROM leads WHERE id = ?").param(lead).query(Timestamp.class).single();
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
