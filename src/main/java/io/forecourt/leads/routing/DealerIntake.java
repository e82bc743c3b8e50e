package io.forecourt.leads.routing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dealers' side of routing: their capacity rows, locked while leads reach them, and
 * the figures they and their consultants are weighed by (daily intake, recent
 * assignments, SLA breaches, open loads).
 */
@Repository
class DealerIntake {

	/** Assignments that count against a dealer's daily intake. */
	private static final String INTAKE = "('ROUTED','TRANSFERRED')";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final BulkInsert bulk;

	private final KeyedRows.Factory keyed;

	DealerIntake(JdbcClient jdbc, JdbcTemplate batch, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.bulk = bulk;
		this.keyed = new KeyedRows.Factory(bulk);
	}

	/**
	 * A dealer's intake figures as stored.
	 *
	 * @param breached leads whose first-contact SLA it breached within the lookback
	 */
	record DealerFigures(int dailyCapacity, boolean accepting, int routedToday, int assignedRecently, int breached) {
	}

	/**
	 * Holds the dealer's capacity row until the transaction ends, so leads reach one
	 * dealer one at a time and its consultants' loads and its day's intake stay exact.
	 */
	void lockDealer(UUID dealerId) {
		this.jdbc.sql("""
				INSERT INTO lead_dealer_capacity (dealer_id, daily_capacity, accepting, version)
				VALUES (?, NULL, TRUE, 0) ON CONFLICT DO NOTHING
				""").param(dealerId).update();
		this.jdbc.sql("SELECT dealer_id FROM lead_dealer_capacity WHERE dealer_id = ? FOR UPDATE")
			.param(dealerId)
			.query(UUID.class)
			.single();
	}

	/**
	 * Holds the dealers' capacity rows until the transaction ends, in the order of their
	 * ids: every router takes them in that order, so routers needing several of the same
	 * dealers queue instead of deadlocking.
	 */
	void lockDealers(Collection<UUID> dealerIds) {
		if (dealerIds.isEmpty()) {
			return;
		}
		List<UUID> sorted = dealerIds.stream().distinct().sorted().toList();
		this.batch.batchUpdate(
				"INSERT INTO lead_dealer_capacity (dealer_id, daily_capacity, accepting, version)"
						+ " VALUES (?, NULL, TRUE, 0) ON CONFLICT DO NOTHING",
				sorted.stream().map(id -> new Object[] { id }).toList());
		KeyedRows capacities = this.keyed.of("lead_dealer_capacity", "c", "dealer_id", sorted);
		String lock = this.bulk.isPostgres() ? " FOR UPDATE OF c" : " FOR UPDATE";
		this.jdbc
			.sql("SELECT c.dealer_id FROM " + capacities.from() + " WHERE " + capacities.where()
					+ " ORDER BY c.dealer_id" + lock)
			.params(capacities.params())
			.query(UUID.class)
			.list();
	}

	/**
	 * The figures the dealers are weighed by, as stored now.
	 * @param today the start of the routing day
	 * @param lookback the start of the SLA record
	 */
	Map<UUID, DealerFigures> dealerFigures(Collection<UUID> dealerIds, RoutingWeights weights, Instant today,
			Instant lookback) {
		Map<UUID, DealerFigures> figures = new HashMap<>();
		if (dealerIds.isEmpty()) {
			return figures;
		}
		Set<UUID> ids = Set.copyOf(dealerIds);
		Map<UUID, Integer> capacity = new HashMap<>();
		Map<UUID, Boolean> accepting = new HashMap<>();
		KeyedRows capacities = this.keyed.of("lead_dealer_capacity", "c", "dealer_id", ids);
		this.jdbc
			.sql("SELECT c.dealer_id, c.daily_capacity, c.accepting FROM " + capacities.from() + " WHERE "
					+ capacities.where())
			.params(capacities.params())
			.query((RowCallbackHandler) rs -> {
				UUID id = rs.getObject(1, UUID.class);
				Integer daily = (Integer) rs.getObject(2);
				if (daily != null) {
					capacity.put(id, daily);
				}
				accepting.put(id, rs.getBoolean(3));
			});
		Map<UUID, Integer> routedToday = new HashMap<>();
		Map<UUID, Integer> assignedRecently = new HashMap<>();
		KeyedRows assignments = this.keyed.of("lead_assignments", "a", "dealer_id", ids);
		// positional, in the order of the text: the CASE's, the dealers', the window's
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(today));
		params.addAll(assignments.params());
		params.add(Timestamp.from(today.isBefore(lookback) ? today : lookback));
		this.jdbc.sql("""
				SELECT a.dealer_id, SUM(CASE WHEN a.assigned_at >= ? THEN 1 ELSE 0 END), count(*)
				FROM %s
				WHERE %s AND a.reason IN %s AND a.assigned_at >= ?
				GROUP BY a.dealer_id
				""".formatted(assignments.from(), assignments.where(), INTAKE))
			.params(params)
			.query((RowCallbackHandler) rs -> {
				routedToday.put(rs.getObject(1, UUID.class), rs.getInt(2));
				assignedRecently.put(rs.getObject(1, UUID.class), rs.getInt(3));
			});
		Map<UUID, Integer> breached = new HashMap<>();
		KeyedRows breaches = this.keyed.of("lead_sla_breaches", "b", "dealer_id", ids);
		List<Object> since = new ArrayList<>(breaches.params());
		since.add(Timestamp.from(lookback));
		this.jdbc
			.sql("SELECT b.dealer_id, count(DISTINCT b.lead_id) FROM " + breaches.from() + " WHERE " + breaches.where()
					+ " AND b.detected_at >= ? GROUP BY b.dealer_id")
			.params(since)
			.query((RowCallbackHandler) rs -> breached.put(rs.getObject(1, UUID.class), rs.getInt(2)));
		for (UUID id : ids) {
			figures.put(id,
					new DealerFigures(capacity.getOrDefault(id, weights.defaultDailyCapacity()),
							accepting.getOrDefault(id, true), routedToday.getOrDefault(id, 0),
							assignedRecently.getOrDefault(id, 0), breached.getOrDefault(id, 0)));
		}
		return figures;
	}

	/** Open loads, weights and last assignment of the given consultants of a dealer. */
	Map<UUID, ConsultantFigures> consultantFigures(UUID dealerId, Collection<UUID> staffIds) {
		Map<UUID, ConsultantFigures> figures = new HashMap<>();
		if (staffIds.isEmpty()) {
			return figures;
		}
		staffIds.forEach(id -> figures.put(id, new ConsultantFigures(1, 0, null)));
		this.jdbc.sql("SELECT staff_id, weight FROM lead_consultant_weights WHERE staff_id IN (:ids)")
			.param("ids", staffIds)
			.query((RowCallbackHandler) rs -> {
				int weight = rs.getInt(2);
				figures.computeIfPresent(rs.getObject(1, UUID.class),
						(id, f) -> new ConsultantFigures(weight, f.openLeads(), f.lastAssignedAt()));
			});
		this.jdbc.sql("""
				SELECT consultant_id, count(*) FROM leads
				WHERE dealer_id = :dealer AND consultant_id IN (:ids) AND status IN (%s)
				GROUP BY consultant_id
				""".formatted(LeadStatus.openSqlList()))
			.param("dealer", dealerId)
			.param("ids", staffIds)
			.query((RowCallbackHandler) rs -> {
				int open = rs.getInt(2);
				figures.computeIfPresent(rs.getObject(1, UUID.class),
						(id, f) -> new ConsultantFigures(f.weight(), open, f.lastAssignedAt()));
			});
		this.jdbc.sql("""
				SELECT consultant_id, max(assigned_at) FROM lead_assignments
				WHERE dealer_id = :dealer AND consultant_id IN (:ids) GROUP BY consultant_id
				""").param("dealer", dealerId).param("ids", staffIds).query((RowCallbackHandler) rs -> {
			Instant last = rs.getTimestamp(2).toInstant();
			figures.computeIfPresent(rs.getObject(1, UUID.class),
					(id, f) -> new ConsultantFigures(f.weight(), f.openLeads(), last));
		});
		return figures;
	}

	record ConsultantFigures(int weight, int openLeads, @Nullable Instant lastAssignedAt) {
	}

}
