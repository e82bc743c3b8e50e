package io.forecourt.leads.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import io.forecourt.kernel.web.ETags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing order and weights HQ keeps as data. */
@Repository
class RoutingRules {

	private final JdbcClient jdbc;

	RoutingRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RoutingRule> findAll() {
		return this.jdbc.sql("SELECT * FROM lead_routing_rules ORDER BY position, id").query(RoutingRules::map).list();
	}

	Optional<RoutingRule> find(String id) {
		return this.jdbc.sql("SELECT * FROM lead_routing_rules WHERE id = ?")
			.param(id)
			.query(RoutingRules::map)
			.optional();
	}

	boolean exists(String id) {
		return find(id).isPresent();
	}

	void insert(RoutingRule rule) {
		this.jdbc.sql("""
				INSERT INTO lead_routing_rules (id, position, strategy, description, active, version, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(rule.id(), rule.position(), rule.strategy().name(), rule.description(), rule.active(),
					rule.version(), Timestamp.from(rule.updatedAt()))
			.update();
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException precondition failed when the rule
	 * changed meanwhile
	 */
	void update(RoutingRule rule, long expectedVersion) {
		int updated = this.jdbc.sql("""
				UPDATE lead_routing_rules SET position = ?, strategy = ?, description = ?, active = ?, version = ?,
				    updated_at = ?
				WHERE id = ? AND version = ?
				""")
			.params(rule.position(), rule.strategy().name(), rule.description(), rule.active(), rule.version(),
					Timestamp.from(rule.updatedAt()), rule.id(), expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Routing rule", rule.id());
		}
	}

	RoutingWeights weights() {
		return this.jdbc.sql("SELECT * FROM lead_routing_weights WHERE id = 1")
			.query((rs, n) -> new RoutingWeights(rs.getInt("capacity_weight"), rs.getInt("sla_weight"),
					rs.getInt("sla_lookback_days"), rs.getInt("default_daily_capacity"), rs.getLong("version")))
			.single();
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException precondition failed when the
	 * weights changed meanwhile
	 */
	void updateWeights(RoutingWeights weights, long expectedVersion) {
		int updated = this.jdbc.sql("""
				UPDATE lead_routing_weights SET capacity_weight = ?, sla_weight = ?, sla_lookback_days = ?,
				    default_daily_capacity = ?, version = version + 1
				WHERE id = 1 AND version = ?
				""")
			.params(weights.capacityWeight(), weights.slaWeight(), weights.slaLookbackDays(),
					weights.defaultDailyCapacity(), expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Routing weights", "1");
		}
	}

	private static RoutingRule map(ResultSet rs, int row) throws SQLException {
		return new RoutingRule(rs.getString("id"), rs.getInt("position"),
				RoutingStrategy.valueOf(rs.getString("strategy")), rs.getString("description"), rs.getBoolean("active"),
				rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
	}

}
