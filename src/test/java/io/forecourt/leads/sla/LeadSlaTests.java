package io.forecourt.leads.sla;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadContacted;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadReclaimed;
import io.forecourt.leads.LeadSlaBreached;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.leads.LeadWork;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.leads.LeadWork.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first-contact SLA: a breach alerts the managers and opens a second window, a second
 * breach reclaims the lead, windows come from the per-grade policies, and two jobs at
 * once handle each lead once. The job is run directly with a clock the test moves.
 */
@LeadLifecycleTest
class LeadSlaTests {

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
	SlaBreachJob job;

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

	@Test
	void aMissedDeadlineAlertsTheManagersAndASecondMissReclaimsTheLead() throws Exception {
		UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.H);
		this.clock.advance(Duration.ofMinutes(10));
		this.job.detectBreaches();
		assertThat(breaches(lead)).isZero();

		this.clock.advance(Duration.ofMinutes(6));
		Instant detected = this.clock.instant();
		this.job.detectBreaches();
		assertThat(this.work.statusOf(lead)).isEqualTo("ASSIGNED");
		assertThat(breaches(lead)).isEqualTo(1);
		// the second window is the grade's (H: 15 minutes), from when the breach was seen
		assertThat(dueAt(lead)).isCloseTo(detected.plus(Duration.ofMinutes(15)), within(Duration.ofSeconds(5)));
		assertThat(this.work.count("SELECT count(*) FROM lead_sla_breaches WHERE lead_id = ? AND breach_number = 1"
				+ " AND action = 'MANAGER_NOTIFIED' AND dealer_id = ?", lead, this.hangzhou.id()))
			.isEqualTo(1);
		assertThat(this.events.stream(LeadSlaBreached.class).filter(e -> e.leadId().equals(lead))).hasSize(1);

		// the dealer's managers read the alert, another dealer's do not see it, HQ sees
		// all
		this.work.read(this.hangzhou.manager(), "/api/v1/lead-alerts?read=false&size=100")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].leadId", hasItem(lead.toString())));
		this.work.read(this.nanjing.manager(), "/api/v1/lead-alerts?size=100")
			.andExpect(jsonPath("$.items[*].leadId", not(hasItem(lead.toString()))));
		this.work.read(this.work.hq(), "/api/v1/lead-alerts?kind=SLA_BREACHED&size=100")
			.andExpect(jsonPath("$.items[*].leadId", hasItem(lead.toString())));
		this.work.read(this.hangzhou.consultant(), "/api/v1/lead-alerts").andExpect(status().isForbidden());
		UUID alert = this.jdbc.sql("SELECT id FROM lead_alerts WHERE lead_id = ? AND kind = 'SLA_BREACHED'")
			.param(lead)
			.query(UUID.class)
			.single();
		this.work.send(this.nanjing.manager(), "/api/v1/lead-alerts/" + alert + "/read", "")
			.andExpect(status().isNotFound());
		this.work.send(this.hangzhou.manager(), "/api/v1/lead-alerts/" + alert + "/read", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.readAt").exists());
		this.work.read(this.hangzhou.manager(), "/api/v1/lead-alerts?read=false&size=100")
			.andExpect(jsonPath("$.items[*].id", not(hasItem(alert.toString()))));

		this.clock.advance(Duration.ofMinutes(16));
		this.job.detectBreaches();
		var reclaimed = this.jdbc
			.sql("SELECT status, dealer_id, consultant_id, reclaims, sla_breaches, sla_due_at FROM leads WHERE id = ?")
			.param(lead)
			.query()
			.singleRow();
		assertThat(reclaimed.get("status")).isEqualTo("NEW");
		assertThat(reclaimed.get("dealer_id")).isNull();
		assertThat(reclaimed.get("consultant_id")).isNull();
		assertThat(reclaimed.get("reclaims")).isEqualTo(1);
		assertThat(reclaimed.get("sla_breaches")).isEqualTo(0);
		assertThat(reclaimed.get("sla_due_at")).isNull();
		assertThat(this.work.count("SELECT count(*) FROM lead_sla_breaches WHERE lead_id = ? AND breach_number = 2"
				+ " AND action = 'RECLAIMED' AND dealer_id = ?", lead, this.hangzhou.id()))
			.isEqualTo(1);
		assertThat(this.work.count("SELECT count(*) FROM lead_assignments WHERE lead_id = ? AND reason = 'RECLAIMED'"
				+ " AND dealer_id IS NULL", lead))
			.isEqualTo(1);
		assertThat(this.events.stream(LeadReclaimed.class).filter(e -> e.leadId().equals(lead))).singleElement()
			.satisfies(e -> assertThat(e.dealerId()).isEqualTo(this.hangzhou.id()));
		// the dealer no longer sees it
		this.work.read(this.hangzhou.consultant(), "/api/v1/leads/" + lead + "/follow-ups")
			.andExpect(status().isNotFound());
		UUID customer = this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?")
			.param(lead)
			.query(UUID.class)
			.single();
		await(() -> this.work.count(
				"SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type = 'LEAD_RECLAIMED'",
				customer) == 1);

		// a reclaimed lead is not handled again
		this.clock.advance(Duration.ofDays(2));
		this.job.detectBreaches();
		assertThat(this.work.count("SELECT count(*) FROM lead_sla_breaches WHERE lead_id = ?", lead)).isEqualTo(2);
	}

	@Test
	void eachGradeHasItsOwnWindow() throws Exception {
		UUID hot = this.work.assignedLead(this.hangzhou, LeadGrade.H);
		UUID warm = this.work.assignedLead(this.hangzhou, LeadGrade.A);
		UUID cool = this.work.assignedLead(this.hangzhou, LeadGrade.B);
		this.clock.advance(Duration.ofMinutes(16));
		this.job.detectBreaches();
		assertThat(breaches(hot)).isEqualTo(1);
		assertThat(breaches(warm)).isZero();
		this.clock.advance(Duration.ofMinutes(45));
		this.job.detectBreaches();
		assertThat(breaches(warm)).isEqualTo(1);
		assertThat(breaches(cool)).isZero();
	}

	@Test
	void aChangedPolicyAppliesToTheNextWindow() throws Exception {
		String policy = "/api/v1/lead-sla-policies/A";
		String etag = this.mvc.perform(as(this.hangzhou.consultant(), get(policy)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstContactMinutes").value(60))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(as(this.hangzhou.manager(), put(policy)).header("If-Match", etag)
				.contentType("application/json")
				.content("{\"firstContactMinutes\": 30}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(this.work.hq(), put(policy)).header("If-Match", etag)
				.contentType("application/json")
				.content("{\"firstContactMinutes\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("firstContactMinutes"));
		this.mvc
			.perform(as(this.work.hq(), put(policy)).contentType("application/json")
				.content("{\"firstContactMinutes\": 30}"))
			.andExpect(status().isPreconditionRequired());
		String changed = this.mvc
			.perform(as(this.work.hq(), put(policy)).header("If-Match", etag)
				.contentType("application/json")
				.content("{\"firstContactMinutes\": 30}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstContactMinutes").value(30))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		try {
			this.mvc
				.perform(as(this.work.hq(), put(policy)).header("If-Match", etag)
					.contentType("application/json")
					.content("{\"firstContactMinutes\": 45}"))
				.andExpect(status().isPreconditionFailed());
			assertThat(this.work.count("SELECT count(*) FROM audit_log WHERE resource_type = 'lead-sla-policy'"
					+ " AND detail = '60 -> 30 minutes'"))
				.isEqualTo(1);

			Instant assigned = this.clock.instant();
			UUID lead = this.work.assignedLead(this.hangzhou, LeadGrade.A);
			assertThat(dueAt(lead)).isCloseTo(assigned.plus(Duration.ofMinutes(30)), within(Duration.ofSeconds(5)));
			this.clock.advance(Duration.ofMinutes(31));
			Instant detected = this.clock.instant();
			this.job.detectBreaches();
			assertThat(breaches(lead)).isEqualTo(1);
			assertThat(dueAt(lead)).isCloseTo(detected.plus(Duration.ofMinutes(30)), within(Duration.ofSeconds(5)));
		}
		finally {
			this.mvc
				.perform(as(this.work.hq(), put(policy)).header("If-Match", changed)
					.contentType("application/json")
					.content("{\"firstContactMinutes\": 60}"))
				.andExpect(status().isOk());
		}
	}

	@Test
	void policiesAreListedAndGradesWithoutAClockHaveNone() throws Exception {
		this.work.read(this.hangzhou.consultant(), "/api/v1/lead-sla-policies")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].grade").value("H"))
			.andExpect(jsonPath("$[0].firstContactMinutes").value(15));
		this.work.read(this.work.hq(), "/api/v1/lead-sla-policies/F").andExpect(status().isNotFound());
		this.mvc.perform(as(this.work.hq(), get("/api/v1/lead-sla-policies/H")))
			.andExpect(header().string("ETag", containsString("\"")));
	}

	@Test
	void aContactAfterTheFirstBreachStillStopsTheClock() throws Exception {
		UUID lead = this.work.assignedLead(this.nanjing, LeadGrade.H);
		this.clock.advance(Duration.ofMinutes(16));
		this.job.detectBreaches();
		assertThat(breaches(lead)).isEqualTo(1);
		this.work
			.send(this.nanjing.consultant(), "/api/v1/leads/" + lead + "/follow-ups",
					"{\"kind\": \"CALL\", \"outcome\": \"REACHED\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.firstContact").value(true));
		assertThat(this.events.stream(LeadContacted.class).filter(e -> e.leadId().equals(lead))).singleElement()
			.satisfies(e -> assertThat(e.withinSla()).isFalse());
		this.clock.advance(Duration.ofHours(1));
		this.job.detectBreaches();
		assertThat(this.work.statusOf(lead)).isEqualTo("CONTACTED");
		assertThat(this.work.count("SELECT count(*) FROM lead_sla_breaches WHERE lead_id = ?", lead)).isEqualTo(1);
	}

	@Test
	void twoJobsRunningAtOnceHandleEachLeadOnce() throws Exception {
		List<UUID> leads = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			leads.add(this.work.assignedLead(i % 2 == 0 ? this.hangzhou : this.nanjing, LeadGrade.H));
		}
		this.clock.advance(Duration.ofMinutes(16));
		runTwiceAtOnce();
		for (UUID lead : leads) {
			assertThat(breaches(lead)).isEqualTo(1);
			assertThat(this.work.count("SELECT count(*) FROM lead_sla_breaches WHERE lead_id = ?", lead)).isEqualTo(1);
			assertThat(this.work.count("SELECT count(*) FROM lead_alerts WHERE lead_id = ?", lead)).isEqualTo(1);
		}
		this.clock.advance(Duration.ofMinutes(16));
		runTwiceAtOnce();
		for (UUID lead : leads) {
			assertThat(this.work.statusOf(lead)).isEqualTo("NEW");
			assertThat(this.work.count("SELECT reclaims FROM leads WHERE id = ?", lead)).isEqualTo(1);
			assertThat(this.work.count("SELECT count(*) FROM lead_sla_breaches WHERE lead_id = ?", lead)).isEqualTo(2);
			assertThat(this.work
				.count("SELECT count(*) FROM lead_assignments WHERE lead_id = ? AND reason = 'RECLAIMED'", lead))
				.isEqualTo(1);
		}
	}

	/** Starts two runs of the job at the same moment and waits for both. */
	private void runTwiceAtOnce() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					start.await();
					return this.job.detectBreaches();
				}));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
	}

	private long breaches(UUID lead) {
		return this.work.count("SELECT sla_breaches FROM leads WHERE id = ?", lead);
	}

	private Instant dueAt(UUID lead) {
		return this.jdbc.sql("SELECT sla_due_at FROM leads WHERE id = ?")
			.param(lead)
			.query(Timestamp.class)
			.single()
			.toInstant();
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
