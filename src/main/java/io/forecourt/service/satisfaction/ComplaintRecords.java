package io.forecourt.service.satisfaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.tenancy.ScopePredicate;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.forecourt.service.satisfaction.SurveyRecords.instant;
import static io.forecourt.service.satisfaction.SurveyRecords.nullableInstant;
import static io.forecourt.service.satisfaction.SurveyRecords.ts;

/**
 * The complaints' table. Escalations are conditional updates (the level they raise must
 * still be the one read), so two job runs at once raise each level once.
 */
@Repository
class ComplaintRecords {

	private static final String COLUMNS = "id, survey_id, repair_order_id, dealer_id, customer_id, score, comment,"
			+ " status, opened_at, due_at, escalation_level, escalated_at, escalation_due_at, response, responded_at,"
			+ " responded_by, resolution, resolved_at, resolved_by";

	private final JdbcClient jdbc;

	ComplaintRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Complaint c) {
		this.jdbc
			.sql("INSERT INTO service_complaints (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
					+ " ?, ?, ?, ?, ?, ?)")
			.params(c.id(), c.surveyId(), c.repairOrderId(), c.dealerId(), c.customerId(), c.score(), c.comment(),
					c.status().name(), ts(c.openedAt()), ts(c.dueAt()), c.escalationLevel(), ts(c.escalatedAt()),
					ts(c.escalationDueAt()), c.response(), ts(c.respondedAt()), c.respondedBy(), c.resolution(),
					ts(c.resolvedAt()), c.resolvedBy())
			.update();
	}

	Optional<Complaint> find(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM service_complaints WHERE id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(ComplaintRecords::map)
			.optional();
	}

	Optional<Complaint> lock(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM service_complaints WHERE id = ? FOR UPDATE")
			.param(id)
			.query(ComplaintRecords::map)
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM service_complaints WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	/** The caller's complaints, open ones by their deadline first, then the newest. */
	List<Complaint> list(ScopePredicate scope, @Nullable UUID dealerId, @Nullable ComplaintStatus status, int offset,
			int limit) {
		Map<String, Object> params = new HashMap<>(scope.params());
		String where = where(scope, dealerId, status, params);
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM service_complaints WHERE " + where
					+ " ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, due_at, opened_at DESC" + " OFFSET "
					+ offset + " ROWS FETCH FIRST " + limit + " ROWS ONLY")
			.params(params)
			.query(ComplaintRecords::map)
			.list();
	}

	long count(ScopePredicate scope, @Nullable UUID dealerId, @Nullable ComplaintStatus status) {
		Map<String, Object> params = new HashMap<>(scope.params());
		String where = where(scope, dealerId, status, params);
		return this.jdbc.sql("SELECT count(*) FROM service_complaints WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(ScopePredicate scope, @Nullable UUID dealerId, @Nullable ComplaintStatus status,
			Map<String, Object> params) {
		StringBuilder where = new StringBuilder(scope.sql());
		if (dealerId != null) {
			where.append(" AND dealer_id = :dealerId");
			params.put("dealerId", dealerId);
		}
		if (status != null) {
			where.append(" AND status = :status");
			params.put("status", status.name());
		}
		return where.toString();
	}

	/**
	 * Open complaints whose level is due: level 0 past the SLA, level 1 past its own due.
	 */
	List<UUID> dueForEscalation(Instant now, int limit) {
		return this.jdbc
			.sql("SELECT id FROM service_complaints WHERE status = 'OPEN' AND ((escalation_level = 0 AND due_at <= ?)"
					+ " OR (escalation_level = 1 AND escalation_due_at <= ?)) ORDER BY due_at FETCH FIRST " + limit
					+ " ROWS ONLY")
			.params(ts(now), ts(now))
			.query(UUID.class)
			.list();
	}

	/**
	 * Raises an open complaint from {@code from} to the next level; false when not (any
	 * more) due.
	 */
	boolean escalate(UUID id, int from, Instant now, @Nullable Instant nextDue) {
		String due = from == 0 ? "due_at <= ?" : "escalation_due_at <= ?";
		return this.jdbc
			.sql("UPDATE service_complaints SET escalation_level = ?, escalated_at = ?, escalation_due_at = ?"
					+ " WHERE id = ? AND status = 'OPEN' AND escalation_level = ? AND " + due)
			.params(from + 1, ts(now), ts(nextDue), id, from, ts(now))
			.update() == 1;
	}

	void respond(UUID id, String response, String by, Instant now) {
		this.jdbc
			.sql("UPDATE service_complaints SET status = 'RESPONDED', response = ?, responded_at = ?, responded_by = ?"
					+ " WHERE id = ?")
			.params(response, ts(now), by, id)
			.update();
	}

	void resolve(UUID id, ComplaintStatus status, String resolution, String by, Instant now) {
		this.jdbc.sql(
				"UPDATE service_complaints SET status = ?, resolution = ?, resolved_at = ?, resolved_by = ? WHERE id = ?")
			.params(status.name(), resolution, ts(now), by, id)
			.update();
	}

	static Complaint map(ResultSet rs, int row) throws SQLException {
		return new Complaint(rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class),
				rs.getObject("repair_order_id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getObject("customer_id", UUID.class), rs.getInt("score"), rs.getString("comment"),
				ComplaintStatus.valueOf(rs.getString("status")), instant(rs, "opened_at"), instant(rs, "due_at"),
				rs.getInt("escalation_level"), nullableInstant(rs, "escalated_at"),
				nullableInstant(rs, "escalation_due_at"), rs.getString("response"), nullableInstant(rs, "responded_at"),
				rs.getString("responded_by"), rs.getString("resolution"), nullableInstant(rs, "resolved_at"),
				rs.getString("resolved_by"));
	}

}
