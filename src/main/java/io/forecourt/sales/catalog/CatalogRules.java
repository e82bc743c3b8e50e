package io.forecourt.sales.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import io.forecourt.kernel.web.ProblemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored rules between catalog items. */
@Repository
class CatalogRules {

	private final JdbcClient jdbc;

	CatalogRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CatalogRule> findAll() {
		return this.jdbc.sql("SELECT * FROM catalog_rules ORDER BY subject_code, rule_type, object_code")
			.query(CatalogRules::map)
			.list();
	}

	Optional<CatalogRule> find(long id) {
		return this.jdbc.sql("SELECT * FROM catalog_rules WHERE id = ?").param(id).query(CatalogRules::map).optional();
	}

	/**
	 * Adds a rule.
	 * @throws ProblemException 409 when the same rule exists (the unique constraint
	 * decides when two requests race)
	 */
	long insert(CatalogRule rule) {
		try {
			this.jdbc
				.sql("INSERT INTO catalog_rules (rule_type, subject_code, object_code, created_at, created_by)"
						+ " VALUES (?, ?, ?, ?, ?)")
				.params(rule.type().name(), rule.subjectCode(), rule.objectCode(), Timestamp.from(rule.createdAt()),
						rule.createdBy())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict(
					"The rule " + rule.type() + " " + rule.subjectCode() + " " + rule.objectCode() + " exists already");
		}
		return this.jdbc
			.sql("SELECT id FROM catalog_rules WHERE rule_type = ? AND subject_code = ? AND object_code = ?")
			.params(rule.type().name(), rule.subjectCode(), rule.objectCode())
			.query(Long.class)
			.single();
	}

	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM catalog_rules WHERE id = ?").param(id).update() > 0;
	}

	private static CatalogRule map(ResultSet rs, int row) throws SQLException {
		return new CatalogRule(rs.getLong("id"), RuleType.valueOf(rs.getString("rule_type")),
				rs.getString("subject_code"), rs.getString("object_code"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"));
	}

}
