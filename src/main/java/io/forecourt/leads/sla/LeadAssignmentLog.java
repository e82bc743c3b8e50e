package io.forecourt.leads.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lead_assignments history, for the hand-overs outside routing: a reclaim to the HQ
 * pool and a reactivation.
 */
@Repository
public class LeadAssignmentLog {

	/** Why a lead changed hands. */
	public enum Reason {

		RECLAIMED, REACTIVATED

	}

	private static final int EXPLANATION_MAX = 1000;

	private final JdbcClient jdbc;

	LeadAssignmentLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param dealerId the new holder, null for the HQ pool
	 * @param by who did it: a user's name, or {@code system} for the SLA job
	 */
	public void record(UUID leadId, @Nullable UUID dealerId, @Nullable UUID consultantId, Reason reason,
			String explanation, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO lead_assignments (id, lead_id, dealer_id, consultant_id, reason, explanation,
				    assigned_by, assigned_at)
				VALUES (:id, :lead, :dealer, :consultant, :reason, :explanation, :by, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("lead", leadId)
			.param("dealer", dealerId)
			.param("consultant", consultantId)
			.param("reason", reason.name())
			.param("explanation",
					explanation.length() <= EXPLANATION_MAX ? explanation
							: explanation.substring(0, EXPLANATION_MAX - 1) + "…")
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

}
