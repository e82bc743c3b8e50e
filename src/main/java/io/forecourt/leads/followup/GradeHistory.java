package io.forecourt.leads.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.capture.LeadView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lead_grade_history table: every grade a lead had, who gave it and why. */
@Repository
class GradeHistory {

	private static final int EXPLANATION_MAX = 2000;

	private static final int REASON_MAX = 200;

	private final JdbcClient jdbc;

	GradeHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID leadId, LeadGrade grade, int score, String explanation, String changedBy, String reason,
			Instant at) {
		this.jdbc.sql("""
				INSERT INTO lead_grade_history (id, lead_id, grade, score, explanation, changed_by, changed_at, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), leadId, grade.name(), score, cut(explanation, EXPLANATION_MAX), changedBy,
					Timestamp.from(at), cut(reason, REASON_MAX))
			.update();
	}

	/** Oldest first. */
	List<LeadView.GradeChange> of(UUID leadId) {
		return this.jdbc.sql("SELECT * FROM lead_grade_history WHERE lead_id = ? ORDER BY changed_at, id")
			.param(leadId)
			.query((rs, n) -> new LeadView.GradeChange(LeadGrade.valueOf(rs.getString("grade").strip()),
					rs.getInt("score"), rs.getString("explanation"), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("reason")))
			.list();
	}

	/**
	 * The last grade of intent (H, A, B or C) the lead had, e.g. before it was defeated.
	 */
	Optional<LeadGrade> lastIntentGrade(UUID leadId) {
		return this.jdbc.sql("""
				SELECT grade FROM lead_grade_history WHERE lead_id = ? AND grade IN ('H', 'A', 'B', 'C')
				ORDER BY changed_at DESC FETCH FIRST 1 ROWS ONLY
				""").param(leadId).query(String.class).optional().map(g -> LeadGrade.valueOf(g.strip()));
	}

	static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
