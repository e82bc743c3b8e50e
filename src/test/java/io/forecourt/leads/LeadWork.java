package io.forecourt.leads;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.NewApiKey;
import io.forecourt.kernel.security.NewUser;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.leads.sla.SlaPolicies;
import io.forecourt.support.DemoRecords;
import io.forecourt.support.MutableClock;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Puts leads where the lifecycle tests need them: captured through the API, then handed
 * to a dealer and consultant the way routing does (status ASSIGNED, the SLA clock running
 * from the grade's policy), and the people who work them, each with a personal token.
 */
public final class LeadWork {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final SlaPolicies policies;

	private final MutableClock clock;

	private final String integrator;

	private final String hq;

	public LeadWork(MockMvc mvc, JdbcClient jdbc, Accounts accounts, SlaPolicies policies, MutableClock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.policies = policies;
		this.clock = clock;
		this.integrator = CurrentAccess.asSystem(() -> accounts
			.issueKey(NewApiKey.of("lead work " + UUID.randomUUID(), Role.INTEGRATOR, AccessScope.all(), null, null))
			.secret());
		this.hq = token(Role.OEM_HQ, AccessScope.all(), null);
	}

	/** A dealer's manager and two consultants, signed in. */
	public record Dealer(UUID id, String manager, UUID consultantId, String consultant, UUID colleagueId,
			String colleague) {
	}

	public String hq() {
		return this.hq;
	}

	public String integrator() {
		return this.integrator;
	}

	public MutableClock clock() {
		return this.clock;
	}

	/** Staff of a demo dealer as users: its manager and its first two consultants. */
	public Dealer dealer(String code) {
		UUID dealerId = DemoRecords.dealer(this.jdbc, code);
		UUID manager = staff(dealerId, Role.DEALER_MANAGER).get(0);
		List<UUID> consultants = staff(dealerId, Role.SALES_CONSULTANT);
		AccessScope scope = AccessScope.dealer(dealerId);
		return new Dealer(dealerId, token(Role.DEALER_MANAGER, scope, manager), consultants.get(0),
				token(Role.SALES_CONSULTANT, scope, consultants.get(0)), consultants.get(1),
				token(Role.SALES_CONSULTANT, scope, consultants.get(1)));
	}

	/** A valid lead, captured by an integrator (status NEW, graded). */
	public UUID capture() throws Exception {
		String body = this.mvc
			.perform(as(this.integrator, post("/api/v1/leads")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\": \"autohome\", \"phone\": \"" + mobile() + "\", \"name\": \"Zhao Min\","
						+ " \"cityCode\": \"330100\", \"modelOfInterest\": \"Aurora\","
						+ " \"purchaseTimeframe\": \"WITHIN_15_DAYS\", \"testDriveRequested\": true,"
						+ " \"consentMarketing\": true}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.leadId"));
	}

	/**
	 * Hands a lead to the dealer's consultant with this grade, as routing does: ASSIGNED,
	 * the first-contact deadline now plus the grade's window.
	 * @return the deadline
	 */
	public Instant assign(UUID leadId, Dealer dealer, LeadGrade grade) {
		Instant now = this.clock.instant();
		Instant due = now.plus(this.policies.firstContact(grade));
		this.jdbc.sql("""
				UPDATE leads SET dealer_id = ?, consultant_id = ?, status = 'ASSIGNED', grade = ?, assigned_at = ?,
				    sla_due_at = ?, sla_breaches = 0
				WHERE id = ?
				""")
			.params(dealer.id(), dealer.consultantId(), grade.name(), Timestamp.from(now), Timestamp.from(due), leadId)
			.update();
		// the grade as if scoring had given it, with its history row like every grade
		this.jdbc.sql("""
				INSERT INTO lead_grade_history (id, lead_id, grade, score, explanation, changed_by, changed_at, reason)
				VALUES (?, ?, ?, 0, 'test fixture', 'test', ?, 'test fixture')
				""").params(UUID.randomUUID(), leadId, grade.name(), Timestamp.from(now)).update();
		this.jdbc.sql("""
				INSERT INTO lead_assignments (id, lead_id, dealer_id, consultant_id, reason, explanation, assigned_by,
				    assigned_at)
				VALUES (?, ?, ?, ?, 'ROUTED', 'test fixture', 'test', ?)
				""")
			.params(UUID.randomUUID(), leadId, dealer.id(), dealer.consultantId(), Timestamp.from(now))
			.update();
		return this.jdbc.sql("SELECT sla_due_at FROM leads WHERE id = ?")
			.param(leadId)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	/** A captured lead assigned to the dealer's consultant. */
	public UUID assignedLead(Dealer dealer, LeadGrade grade) throws Exception {
		UUID lead = capture();
		assign(lead, dealer, grade);
		return lead;
	}

	/** A lead the consultant has called and reached. */
	public UUID contactedLead(Dealer dealer, LeadGrade grade) throws Exception {
		UUID lead = assignedLead(dealer, grade);
		this.mvc
			.perform(as(dealer.consultant(), post("/api/v1/leads/" + lead + "/follow-ups"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"CALL\", \"outcome\": \"REACHED\"}"))
			.andExpect(status().isCreated());
		return lead;
	}

	public String statusOf(UUID leadId) {
		return this.jdbc.sql("SELECT status FROM leads WHERE id = ?").param(leadId).query(String.class).single();
	}

	public long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** POSTs JSON as the holder of the key. */
	public ResultActions send(String key, String path, String json) throws Exception {
		return this.mvc.perform(as(key, post(path)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public ResultActions read(String key, String path) throws Exception {
		return this.mvc.perform(as(key, get(path)));
	}

	public static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + key);
	}

	public void advance(Duration duration) {
		this.clock.advance(duration);
	}

	private String token(Role role, AccessScope scope, @Nullable UUID staffId) {
		return CurrentAccess.asSystem(() -> {
			String username = "t" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
			var user = this.accounts.createUser(
					new NewUser(username, role + " " + username, "test-password", Set.of(role), scope, staffId, false));
			return this.accounts.issuePersonalToken(user.id(), "lifecycle tests", null).secret();
		});
	}

	private List<UUID> staff(UUID dealerId, Role role) {
		return this.jdbc.sql("SELECT id FROM staff WHERE dealer_id = ? AND roles LIKE ? ORDER BY created_at, id")
			.params(dealerId, "%" + role.name() + "%")
			.query(UUID.class)
			.list();
	}

	/** A random mobile number that trips no junk rule. */
	static String mobile() {
		while (true) {
			String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
			if (!phone.matches(".*(\\d)\\1{7}.*") && !phone.contains("12345678") && !phone.contains("23456789")) {
				return phone;
			}
		}
	}

}
