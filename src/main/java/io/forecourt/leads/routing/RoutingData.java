package io.forecourt.leads.routing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import io.forecourt.network.DealerSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What routing reads and writes: the lead, the dealers' figures, the hand-overs. */
@Repository
class RoutingData {

	/** Assignments that count against a dealer's daily intake. */
	private static final String INTAKE = "('ROUTED','TRANSFERRED')";

	private final JdbcClient jdbc;

	RoutingData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A lead as routing needs it. */
	record LeadToRoute(UUID id, @Nullable UUID customerId, @Nullable UUID dealerId, @Nullable UUID consultantId,
			String brand, @Nullable String cityCode, @Nullable LeadGrade grade, LeadStatus status,
			@Nullable Instant slaDueAt) {
	}

	/**
	 * Reads the lead and locks its row until the transaction ends: whoever routes or
	 * re-assigns it next waits, then sees what this one did.
	 */
	Optional<LeadToRoute> lock(UUID leadId) {
		return this.jdbc.sql("""
				SELECT id, customer_id, dealer_id, consultant_id, brand, city_code, grade, status, sla_due_at
				FROM leads WHERE id = ? FOR UPDATE
				""").param(leadId).query((rs, n) -> {
			String grade = rs.getString("grade");
			Timestamp due = rs.getTimestamp("sla_due_at");
			return new LeadToRoute(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
					rs.getObject("dealer_id", UUID.class), rs.getObject("consultant_id", UUID.class),
					rs.getString("brand"), rs.getString("city_code"),
					grade == null ? null : LeadGrade.valueOf(grade.strip()), LeadStatus.valueOf(rs.getString("status")),
					due == null ? null : due.toInstant());
		}).optional();
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

	/** The dealer of the customer's most recent other lead that had one. */
	Optional<UUID> previousDealer(UUID customerId, UUID exceptLead) {
		return this.jdbc.sql("""
				SELECT dealer_id FROM leads
				WHERE customer_id = ? AND id <> ? AND dealer_id IS NOT NULL
				ORDER BY captured_at DESC FETCH FIRST 1 ROWS ONLY
				""").params(customerId, exceptLead).query(UUID.class).optional();
	}

	/** Dealers this lead was reclaimed from: it is not sent back to them. */
	Set<UUID> reclaimedFrom(UUID leadId) {
		return Set.copyOf(
				this.jdbc
					.sql("SELECT dealer_id FROM lead_sla_breaches WHERE lead_id = ? AND action = 'RECLAIMED'"
							+ " AND dealer_id IS NOT NULL")
					.param(leadId)
					.query(UUID.class)
					.list());
	}

	/**
	 * The figures the dealers are weighed by.
	 * @param today the start of the routing day
	 * @param lookback the start of the SLA record
	 */
	List<DealerCandidate> candidates(Collection<DealerSummary> dealers, RoutingWeights weights, Instant today,
			Instant lookback) {
		if (dealers.isEmpty()) {
			return List.of();
		}
		Set<UUID> ids = dealers.stream().map(DealerSummary::id).collect(Collectors.toSet());
		Map<UUID, Integer> capacity = new HashMap<>();
		Map<UUID, Boolean> accepting = new HashMap<>();
		this.jdbc.sql("SELECT dealer_id, daily_capacity, accepting FROM lead_dealer_capacity WHERE dealer_id IN (:ids)")
			.param("ids", ids)
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
		this.jdbc.sql("""
				SELECT dealer_id, SUM(CASE WHEN assigned_at >= :today THEN 1 ELSE 0 END), count(*)
				FROM lead_assignments
				WHERE dealer_id IN (:ids) AND reason IN %s AND assigned_at >= :since
				GROUP BY dealer_id
				""".formatted(INTAKE))
			.param("ids", ids)
			.param("today", Timestamp.from(today))
			.param("since", Timestamp.from(today.isBefore(lookback) ? today : lookback))
			.query((RowCallbackHandler) rs -> {
				routedToday.put(rs.getObject(1, UUID.class), rs.getInt(2));
				assignedRecently.put(rs.getObject(1, UUID.class), rs.getInt(3));
			});
		Map<UUID, Integer> breached = new HashMap<>();
		this.jdbc.sql("""
				SELECT dealer_id, count(DISTINCT lead_id) FROM lead_sla_breaches
				WHERE dealer_id IN (:ids) AND detected_at >= :since GROUP BY dealer_id
				""")
			.param("ids", ids)
			.param("since", Timestamp.from(lookback))
			.query((RowCallbackHandler) rs -> breached.put(rs.getObject(1, UUID.class), rs.getInt(2)));
		return dealers.stream()
			.map(d -> new DealerCandidate(d, capacity.getOrDefault(d.id(), weights.defaultDailyCapacity()),
					accepting.getOrDefault(d.id(), true), routedToday.getOrDefault(d.id(), 0),
					assignedRecently.getOrDefault(d.id(), 0),
					Math.min(breached.getOrDefault(d.id(), 0), assignedRecently.getOrDefault(d.id(), 0))))
			.toList();
	}

	/** Leads routed or transferred to the dealer since then. */
	int intakeSince(UUID dealerId, Instant since) {
		return this.jdbc
			.sql("SELECT count(*) FROM lead_assignments WHERE dealer_id = ? AND reason IN " + INTAKE
					+ " AND assigned_at >= ?")
			.params(dealerId, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** The dealer's daily capacity, or the default when HQ set none. */
	int dailyCapacity(UUID dealerId, RoutingWeights weights) {
		return this.jdbc.sql("SELECT daily_capacity FROM lead_dealer_capacity WHERE dealer_id = ?")
			.param(dealerId)
			.query((rs, n) -> (Integer) rs.getObject(1))
			.optional()
			.map(daily -> daily == null ? weights.defaultDailyCapacity() : daily)
			.orElse(weights.defaultDailyCapacity());
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

	/**
	 * Hands the lead to the dealer and consultant and starts a new first-contact clock.
	 * @return false when the lead is no longer where the caller saw it
	 */
	boolean assign(UUID leadId, LeadStatus expected, UUID dealerId, @Nullable UUID consultantId, Instant now,
			Instant slaDue) {
		return this.jdbc.sql("""
				UPDATE leads SET dealer_id = :dealer, consultant_id = :consultant, status = 'ASSIGNED',
				    routed_at = :now, assigned_at = :now, sla_due_at = :due, sla_breaches = 0, updated_at = :now,
				    version = version + 1
				WHERE id = :id AND status = :expected
				""")
			.param("dealer", dealerId)
			.param("consultant", consultantId)
			.param("now", Timestamp.from(now))
			.param("due", Timestamp.from(slaDue))
			.param("id", leadId)
			.param("expected", expected.name())
			.update() == 1;
	}

	/** Gives the lead to another consultant of its dealer; the SLA clock runs on. */
	boolean changeConsultant(UUID leadId, UUID dealerId, UUID consultantId, Instant now) {
		return this.jdbc.sql("""
				UPDATE leads SET consultant_id = :consultant, assigned_at = :now, updated_at = :now,
				    version = version + 1
				WHERE id = :id AND dealer_id = :dealer
				""")
			.param("consultant", consultantId)
			.param("now", Timestamp.from(now))
			.param("id", leadId)
			.param("dealer", dealerId)
			.update() == 1;
	}

	/** Notes an attempt that found no dealer: the lead stays in the HQ pool. */
	void markAttempt(UUID leadId, Instant now) {
		this.jdbc.sql("UPDATE leads SET routed_at = ? WHERE id = ?").params(Timestamp.from(now), leadId).update();
	}

	void recordAssignment(UUID leadId, @Nullable UUID dealerId, @Nullable UUID consultantId, String reason,
			String explanation, String by, Instant now) {
		this.jdbc.sql("""
				INSERT INTO lead_assignments (id, lead_id, dealer_id, consultant_id, reason, explanation, assigned_by,
				    assigned_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), leadId, dealerId, consultantId, reason, truncate(explanation), by,
					Timestamp.from(now))
			.update();
	}

	/** NEW leads with a customer that no router has tried yet, oldest first. */
	List<UUID> neverRouted(Instant capturedBefore, int limit) {
		return this.jdbc.sql("""
				SELECT id FROM leads
				WHERE status = 'NEW' AND dealer_id IS NULL AND customer_id IS NOT NULL AND routed_at IS NULL
				    AND captured_at < ?
				ORDER BY captured_at FETCH FIRST %d ROWS ONLY
				""".formatted(limit)).param(Timestamp.from(capturedBefore)).query(UUID.class).list();
	}

	private static String truncate(String text) {
		return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
	}

}
