package io.forecourt.leads.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.web.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lead_follow_ups table. */
@Repository
class FollowUps {

	private final JdbcClient jdbc;

	FollowUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(FollowUp followUp) {
		this.jdbc.sql("""
				INSERT INTO lead_follow_ups (id, lead_id, staff_id, kind, outcome, note, next_action_at, occurred_at,
				    recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(followUp.id(), followUp.leadId(), followUp.staffId(), followUp.kind().name(),
					followUp.outcome().name(), followUp.note(), LeadStates.timestamp(followUp.nextActionAt()),
					Timestamp.from(followUp.occurredAt()), followUp.recordedBy(), Timestamp.from(followUp.recordedAt()))
			.update();
	}

	/** Whether a follow-up of this kind was already logged for that moment. */
	boolean exists(UUID leadId, FollowUpKind kind, java.time.Instant occurredAt) {
		return this.jdbc.sql("SELECT count(*) FROM lead_follow_ups WHERE lead_id = ? AND kind = ? AND occurred_at = ?")
			.params(leadId, kind.name(), Timestamp.from(occurredAt))
			.query(Long.class)
			.single() > 0;
	}

	long count(UUID leadId) {
		return this.jdbc.sql("SELECT count(*) FROM lead_follow_ups WHERE lead_id = ?")
			.param(leadId)
			.query(Long.class)
			.single();
	}

	/** Latest first, by when they happened. */
	List<FollowUp> find(UUID leadId, PageRequest page) {
		return this.jdbc.sql("""
				SELECT * FROM lead_follow_ups WHERE lead_id = :lead
				ORDER BY occurred_at DESC, recorded_at DESC, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY
				""")
			.param("lead", leadId)
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> followUp(rs))
			.list();
	}

	private static FollowUp followUp(ResultSet rs) throws SQLException {
		return new FollowUp(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class),
				rs.getObject("staff_id", UUID.class), FollowUpKind.valueOf(rs.getString("kind")),
				FollowUpOutcome.valueOf(rs.getString("outcome")), rs.getString("note"),
				LeadStates.instant(rs, "next_action_at"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}

}
