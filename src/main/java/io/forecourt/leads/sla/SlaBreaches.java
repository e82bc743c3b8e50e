package io.forecourt.leads.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.leads.LeadGrade;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assigned leads whose first-contact deadline passed, and what the SLA job does to them.
 * Both changes are conditional on the lead being exactly as the job read it (still
 * assigned to the same dealer, same deadline, same breach count): a second job instance
 * or a follow-up that got there first makes the update match nothing, and the lead is
 * left alone.
 */
@Repository
class SlaBreaches {

	/** What the job needs to know of a lead that is due. */
	record DueLead(UUID id, UUID customerId, UUID dealerId, @Nullable UUID consultantId, @Nullable LeadGrade grade,
			Instant dueAt, int breaches) {
	}

	/** MANAGER_NOTIFIED or RECLAIMED, as lead_sla_breaches records it. */
	enum Action {

		MANAGER_NOTIFIED, RECLAIMED

	}

	private final JdbcClient jdbc;

	SlaBreaches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The most overdue first. */
	List<DueLead> due(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id, customer_id, dealer_id, consultant_id, grade, sla_due_at, sla_breaches FROM leads
				WHERE status = 'ASSIGNED' AND sla_due_at <= ? AND dealer_id IS NOT NULL
				ORDER BY sla_due_at FETCH FIRST ? ROWS ONLY
				""").params(Timestamp.from(now), limit).query((rs, n) -> {
			String grade = rs.getString("grade");
			return new DueLead(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
					rs.getObject("dealer_id", UUID.class), rs.getObject("consultant_id", UUID.class),
					grade == null ? null : LeadGrade.valueOf(grade.strip()), rs.getTimestamp("sla_due_at").toInstant(),
					rs.getInt("sla_breaches"));
		}).list();
	}

	/**
	 * Counts the breach and starts the second window.
	 * @return whether this caller did it (false: the lead moved on meanwhile)
	 */
	boolean startSecondWindow(DueLead lead, Instant nextDue, Instant now) {
		return this.jdbc.sql("""
				UPDATE leads SET sla_breaches = sla_breaches + 1, sla_due_at = :next, updated_at = :now,
				    version = version + 1
				WHERE id = :id AND status = 'ASSIGNED' AND dealer_id = :dealer AND sla_due_at = :due
				    AND sla_breaches = :breaches
				""")
			.param("next", Timestamp.from(nextDue))
			.param("now", Timestamp.from(now))
			.param("id", lead.id())
			.param("dealer", lead.dealerId())
			.param("due", Timestamp.from(lead.dueAt()))
			.param("breaches", lead.breaches())
			.update() == 1;
	}

	/**
	 * Takes the lead from its dealer back to the HQ pool.
	 * @return how often the lead has been reclaimed now, or 0 if the lead moved on
	 * meanwhile and nothing was done
	 */
	int reclaim(DueLead lead, Instant now) {
		int updated = this.jdbc.sql("""
				UPDATE leads SET dealer_id = NULL, consultant_id = NULL, status = 'NEW', assigned_at = NULL,
				    sla_due_at = NULL, sla_breaches = 0, next_action_at = NULL, reclaims = reclaims + 1,
				    updated_at = :now, version = version + 1
				WHERE id = :id AND status = 'ASSIGNED' AND dealer_id = :dealer AND sla_due_at = :due
				    AND sla_breaches = :breaches
				""")
			.param("now", Timestamp.from(now))
			.param("id", lead.id())
			.param("dealer", lead.dealerId())
			.param("due", Timestamp.from(lead.dueAt()))
			.param("breaches", lead.breaches())
			.update();
		if (updated != 1) {
			return 0;
		}
		return this.jdbc.sql("SELECT reclaims FROM leads WHERE id = ?").param(lead.id()).query(Integer.class).single();
	}

	void record(DueLead lead, int breachNumber, Action action, Instant now) {
		this.jdbc.sql("""
				INSERT INTO lead_sla_breaches (id, lead_id, dealer_id, consultant_id, breach_number, due_at,
				    detected_at, action)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), lead.id(), lead.dealerId(), lead.consultantId(), breachNumber,
					Timestamp.from(lead.dueAt()), Timestamp.from(now), action.name())
			.update();
	}

}
