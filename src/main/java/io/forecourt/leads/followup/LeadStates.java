package io.forecourt.leads.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lifecycle columns of the leads table, as follow-up, defeat and reactivation move
 * them.
 */
@Repository
class LeadStates {

	private final JdbcClient jdbc;

	LeadStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The lead if the scope covers it, locked until the transaction ends: the SLA job's
	 * conditional update waits for it and then sees the lead as this transaction left it.
	 */
	Optional<LeadState> lockVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM leads l WHERE l.id = :id AND " + scope.sql() + " FOR UPDATE")
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> state(rs))
			.optional();
	}

	Optional<LeadState> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM leads l WHERE l.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> state(rs))
			.optional();
	}

	/**
	 * Locks a lead whatever the scope (a defeat proposal already proved access to it).
	 */
	LeadState lock(UUID id) {
		return this.jdbc.sql("SELECT * FROM leads l WHERE l.id = :id FOR UPDATE")
			.param("id", id)
			.query((rs, n) -> state(rs))
			.single();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM leads WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/**
	 * Writes the lead's new state over the version it was read at.
	 * @throws ProblemException conflict if it changed in between (it is locked, so only a
	 * caller that did not lock it first can see this)
	 */
	void save(LeadState lead, Instant now) {
		int updated = this.jdbc.sql("""
				UPDATE leads SET dealer_id = :dealer, consultant_id = :consultant, status = :status, grade = :grade,
				    grade_explanation = :explanation, assigned_at = :assignedAt, sla_due_at = :slaDueAt,
				    sla_breaches = :slaBreaches, next_action_at = :nextActionAt, contacted_at = :contactedAt,
				    visited_at = :visitedAt, test_driven_at = :testDrivenAt, defeated_at = :defeatedAt,
				    updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("dealer", lead.dealerId())
			.param("consultant", lead.consultantId())
			.param("status", lead.status().name())
			.param("grade", lead.grade() == null ? null : lead.grade().name())
			.param("explanation", lead.gradeExplanation())
			.param("assignedAt", timestamp(lead.assignedAt()))
			.param("slaDueAt", timestamp(lead.slaDueAt()))
			.param("slaBreaches", lead.slaBreaches())
			.param("nextActionAt", timestamp(lead.nextActionAt()))
			.param("contactedAt", timestamp(lead.contactedAt()))
			.param("visitedAt", timestamp(lead.visitedAt()))
			.param("testDrivenAt", timestamp(lead.testDrivenAt()))
			.param("defeatedAt", timestamp(lead.defeatedAt()))
			.param("now", Timestamp.from(now))
			.param("id", lead.id())
			.param("version", lead.version())
			.update();
		if (updated != 1) {
			throw ProblemException.conflict("Lead " + lead.id() + " was changed at the same time; try again");
		}
	}

	/**
	 * The customer ordered: ORDERED, grade O, the ordered stage stamped once, no SLA
	 * clock or next action; a lead nobody held yet goes to the order's dealer and
	 * consultant.
	 */
	void markOrdered(UUID id, UUID dealerId, @Nullable UUID consultantId, String explanation, Instant at) {
		this.jdbc.sql("""
				UPDATE leads SET status = 'ORDERED', grade = 'O', grade_explanation = :explanation,
				    ordered_at = COALESCE(ordered_at, :at), dealer_id = COALESCE(dealer_id, :dealer),
				    consultant_id = CASE WHEN dealer_id IS NULL THEN :consultant ELSE consultant_id END,
				    sla_due_at = NULL, next_action_at = NULL, updated_at = :at, version = version + 1
				WHERE id = :id
				""")
			.param("explanation", explanation)
			.param("at", Timestamp.from(at))
			.param("dealer", dealerId)
			.param("consultant", consultantId)
			.param("id", id)
			.update();
	}

	/**
	 * The car was delivered: WON, the delivered stage (and ordered, if missed) stamped
	 * once.
	 */
	void markWon(UUID id, Instant at) {
		this.jdbc.sql("""
				UPDATE leads SET status = 'WON', grade = 'O', ordered_at = COALESCE(ordered_at, :at),
				    delivered_at = COALESCE(delivered_at, :at), sla_due_at = NULL, next_action_at = NULL,
				    updated_at = :at, version = version + 1
				WHERE id = :id
				""").param("at", Timestamp.from(at)).param("id", id).update();
	}

	/**
	 * The order was cancelled: back to CONTACTED (the consultant keeps working the
	 * customer) with the grade of intent it had before O. The ordered stage stays
	 * stamped: the funnel counts the stages leads reached.
	 */
	void reopenAfterCancelledOrder(UUID id, LeadGrade grade, String explanation, Instant at) {
		this.jdbc.sql("""
				UPDATE leads SET status = 'CONTACTED', grade = :grade, grade_explanation = :explanation,
				    contacted_at = COALESCE(contacted_at, :at), updated_at = :at, version = version + 1
				WHERE id = :id
				""")
			.param("grade", grade.name())
			.param("explanation", explanation)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	/**
	 * Holds the dedup lock of a customer and brand (the row capture locks) until the
	 * transaction ends, so a reactivation and a capture cannot both open a lead for them.
	 */
	void lockDedup(UUID customerId, String brand) {
		this.jdbc.sql("INSERT INTO lead_dedup_locks (customer_id, brand) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(customerId, brand)
			.update();
		this.jdbc.sql("SELECT customer_id FROM lead_dedup_locks WHERE customer_id = ? AND brand = ? FOR UPDATE")
			.params(customerId, brand)
			.query(UUID.class)
			.single();
	}

	/**
	 * Another open lead of the customer and brand, which a reactivation would duplicate.
	 */
	Optional<UUID> otherOpenLead(UUID leadId, UUID customerId, String brand) {
		return this.jdbc.sql("""
				SELECT id FROM leads WHERE customer_id = ? AND brand = ? AND status IN (%s) AND id <> ?
				FETCH FIRST 1 ROWS ONLY
				""".formatted(LeadStatus.openSqlList())).params(customerId, brand, leadId).query(UUID.class).optional();
	}

	private static LeadState state(ResultSet rs) throws SQLException {
		String grade = rs.getString("grade");
		return new LeadState(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
				rs.getObject("dealer_id", UUID.class), rs.getObject("consultant_id", UUID.class), rs.getString("brand"),
				LeadStatus.valueOf(rs.getString("status")), grade == null ? null : LeadGrade.valueOf(grade.strip()),
				(Integer) rs.getObject("grade_score"), rs.getString("grade_explanation"),
				rs.getTimestamp("captured_at").toInstant(), instant(rs, "assigned_at"), instant(rs, "sla_due_at"),
				rs.getInt("sla_breaches"), instant(rs, "next_action_at"), instant(rs, "contacted_at"),
				instant(rs, "visited_at"), instant(rs, "test_driven_at"), instant(rs, "defeated_at"),
				rs.getLong("version"));
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
