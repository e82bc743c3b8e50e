package io.forecourt.leads.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.forecourt.kernel.web.ETags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored scoring rules and grade thresholds. */
@Repository
class LeadScoringRules {

	private final JdbcClient jdbc;

	LeadScoringRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ScoringRule> findAll() {
		return this.jdbc.sql("SELECT * FROM lead_scoring_rules ORDER BY factor, id")
			.query(LeadScoringRules::map)
			.list();
	}

	Optional<ScoringRule> find(String id) {
		return this.jdbc.sql("SELECT * FROM lead_scoring_rules WHERE id = ?")
			.param(id)
			.query(LeadScoringRules::map)
			.optional();
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT count(*) FROM lead_scoring_rules WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	void insert(ScoringRule rule) {
		this.jdbc
			.sql("INSERT INTO lead_scoring_rules (id, factor, match_value, points, description, active, version,"
					+ " updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")
			.params(rule.id(), rule.factor().name(), rule.matchValue(), rule.points(), rule.description(),
					rule.active(), Timestamp.from(rule.updatedAt()))
			.update();
	}

	/** Saves a change made on top of {@code expectedVersion}; fails if it is stale. */
	void update(ScoringRule rule, long expectedVersion) {
		int updated = this.jdbc
			.sql("UPDATE lead_scoring_rules SET match_value = ?, points = ?, description = ?, active = ?,"
					+ " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(rule.matchValue(), rule.points(), rule.description(), rule.active(),
					Timestamp.from(rule.updatedAt()), rule.id(), expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Scoring rule", rule.id());
		}
	}

	GradeThresholds thresholds() {
		Map<String, Integer> min = this.jdbc.sql("SELECT grade, min_score FROM lead_grade_thresholds")
			.query((rs, row) -> Map.entry(rs.getString("grade").strip(), rs.getInt("min_score")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new GradeThresholds(min.get("H"), min.get("A"), min.get("B"), min.get("C"));
	}

	void updateThresholds(GradeThresholds thresholds) {
		setMinimum("H", thresholds.h());
		setMinimum("A", thresholds.a());
		setMinimum("B", thresholds.b());
		setMinimum("C", thresholds.c());
	}

	private void setMinimum(String grade, int minScore) {
		this.jdbc.sql("UPDATE lead_grade_thresholds SET min_score = ? WHERE grade = ?")
			.params(minScore, grade)
			.update();
	}

	private static ScoringRule map(ResultSet rs, int row) throws SQLException {
		return new ScoringRule(rs.getString("id"), ScoringFactor.valueOf(rs.getString("factor")),
				rs.getString("match_value"), rs.getInt("points"), rs.getString("description"), rs.getBoolean("active"),
				rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
	}

}
