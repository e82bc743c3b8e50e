package io.forecourt.leads.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What routing reads and writes of leads: the lead, a customer's past leads, the
 * hand-overs. The dealers' side is {@link DealerIntake}.
 */
@Repository
class RoutingData {

	private static final List<String> ASSIGNMENT_COLUMNS = List.of("id", "lead_id", "dealer_id", "consultant_id",
			"reason", "explanation", "assigned_by", "assigned_at");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final BulkInsert bulk;

	private final KeyedRows.Factory keyed;

	RoutingData(JdbcClient jdbc, JdbcTemplate batch, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.bulk = bulk;
		this.keyed = new KeyedRows.Factory(bulk);
	}

	/** A lead as routing needs it. */
	record LeadToRoute(UUID id, @Nullable UUID customerId, @Nullable UUID dealerId, @Nullable UUID consultantId,
			String brand, @Nullable String cityCode, @Nullable LeadGrade grade, LeadStatus status,
			@Nullable Instant slaDueAt, Instant capturedAt) {
	}

	private static final String LEAD_COLUMNS = "l.id, l.customer_id, l.dealer_id, l.consultant_id, l.brand,"
			+ " l.city_code, l.grade, l.status, l.sla_due_at, l.captured_at";

	/**
	 * Reads the lead and locks its row until the transaction ends: whoever routes or
	 * re-assigns it next waits, then sees what this one did.
	 */
	Optional<LeadToRoute> lock(UUID leadId) {
		return this.jdbc.sql("SELECT " + LEAD_COLUMNS + " FROM leads l WHERE l.id = ? FOR UPDATE")
			.param(leadId)
			.query((rs, n) -> leadToRoute(rs))
			.optional();
	}

	/**
	 * Locks those of the leads that are in the pool (new, with a customer, no dealer),
	 * skipping leads another transaction holds: another router is deciding them, or
	 * someone is handing them over. Two routers given the same leads never wait for each
	 * other on them, and each lead is decided by one of them. (The leads are locked by id
	 * and the pool's conditions checked on the locked rows: a condition in the query
	 * would let stale statistics plan a scan of the pool instead of a look-up per id.)
	 */
	List<LeadToRoute> lockPooled(Collection<UUID> leadIds) {
		KeyedRows leads = this.keyed.of("leads", "l", "id", leadIds);
		// NO KEY UPDATE, as an update of the row takes: a FOR UPDATE lock would also skip
		// leads whose key another transaction holds for a foreign key (a duplicate's
		// source being attached by the next chunk), leaving them to the sweep
		String lock = this.bulk.isPostgres() ? " FOR NO KEY UPDATE OF l SKIP LOCKED" : " FOR UPDATE SKIP LOCKED";
		return this.jdbc.sql("SELECT " + LEAD_COLUMNS + " FROM " + leads.from() + " WHERE " + leads.where() + lock)
			.params(leads.params())
			.query((rs, n) -> leadToRoute(rs))
			.list()
			.stream()
			.filter(lead -> lead.status() == LeadStatus.NEW && lead.dealerId() == null && lead.customerId() != null)
			.toList();
	}

	private static LeadToRoute leadToRoute(ResultSet rs) throws SQLException {
		String grade = rs.getString("grade");
		Timestamp due = rs.getTimestamp("sla_due_at");
		return new LeadToRoute(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
				rs.getObject("dealer_id", UUID.class), rs.getObject("consultant_id", UUID.class), rs.getString("brand"),
				rs.getString("city_code"), grade == null ? null : LeadGrade.valueOf(grade.strip()),
				LeadStatus.valueOf(rs.getString("status")), due == null ? null : due.toInstant(),
				rs.getTimestamp("captured_at").toInstant());
	}

	/** An earlier lead of a customer that had a dealer. */
	record PastLead(UUID leadId, UUID dealerId, Instant capturedAt) {
	}

	/**
	 * The customers' leads that had a dealer, by customer: where each customer's previous
	 * dealer is.
	 */
	Map<UUID, List<PastLead>> pastLeads(Collection<UUID> customerIds) {
		Map<UUID, List<PastLead>> found = new HashMap<>();
		if (customerIds.isEmpty()) {
			return found;
		}
		// every lead of the customers, those without a dealer left out here: see
		// KeyedRows
		KeyedRows leads = this.keyed.of("leads", "l", "customer_id", Set.copyOf(customerIds));
		this.jdbc
			.sql("SELECT l.customer_id, l.id, l.dealer_id, l.captured_at FROM " + leads.from() + " WHERE "
					+ leads.where())
			.params(leads.params())
			.query((RowCallbackHandler) rs -> {
				UUID dealerId = rs.getObject(3, UUID.class);
				if (dealerId != null) {
					found.computeIfAbsent(rs.getObject(1, UUID.class), c -> new ArrayList<>())
						.add(new PastLead(rs.getObject(2, UUID.class), dealerId, rs.getTimestamp(4).toInstant()));
				}
			});
		return found;
	}

	/** Dealers each lead was reclaimed from: it is not sent back to them. */
	Map<UUID, Set<UUID>> reclaimedFrom(Collection<UUID> leadIds) {
		Map<UUID, Set<UUID>> found = new HashMap<>();
		if (leadIds.isEmpty()) {
			return found;
		}
		KeyedRows breaches = this.keyed.of("lead_sla_breaches", "b", "lead_id", leadIds);
		this.jdbc
			.sql("SELECT b.lead_id, b.dealer_id FROM " + breaches.from() + " WHERE " + breaches.where()
					+ " AND b.action = 'RECLAIMED' AND b.dealer_id IS NOT NULL")
			.params(breaches.params())
			.query((RowCallbackHandler) rs -> found.computeIfAbsent(rs.getObject(1, UUID.class), l -> new HashSet<>())
				.add(rs.getObject(2, UUID.class)));
		return found;
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

	/** A lead handed to a dealer (and consultant) by a router. */
	record Assignment(UUID leadId, UUID dealerId, @Nullable UUID consultantId, Instant at, Instant slaDue) {
	}

	/**
	 * Hands pooled leads (locked by the caller) to their dealers and consultants at once,
	 * each with a new first-contact clock.
	 * @return how many were still in the pool and changed hands
	 */
	int assignAll(List<Assignment> assignments) {
		if (assignments.isEmpty()) {
			return 0;
		}
		if (this.bulk.isPostgres()) {
			return this.jdbc.sql("""
					UPDATE leads l SET dealer_id = u.dealer, consultant_id = u.consultant, status = 'ASSIGNED',
					    routed_at = u.at, assigned_at = u.at, sla_due_at = u.due, sla_breaches = 0, updated_at = u.at,
					    version = l.version + 1
					FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS timestamptz[]),
					    CAST(? AS timestamptz[])) AS u(id, dealer, consultant, at, due)
					WHERE l.id = u.id AND l.status = 'NEW'
					""")
				.params(texts(assignments, Assignment::leadId), texts(assignments, Assignment::dealerId),
						texts(assignments, Assignment::consultantId), texts(assignments, Assignment::at),
						texts(assignments, Assignment::slaDue))
				.update();
		}
		int[] counts = this.batch.batchUpdate("""
				UPDATE leads SET dealer_id = ?, consultant_id = ?, status = 'ASSIGNED', routed_at = ?, assigned_at = ?,
				    sla_due_at = ?, sla_breaches = 0, updated_at = ?, version = version + 1
				WHERE id = ? AND status = 'NEW'
				""", assignments.stream().map(a -> {
			Timestamp at = Timestamp.from(a.at());
			return new Object[] { a.dealerId(), a.consultantId(), at, at, Timestamp.from(a.slaDue()), at, a.leadId() };
		}).toList());
		return Arrays.stream(counts).sum();
	}

	/** Array parameters travel as text, which PostgreSQL casts (a null stays null). */
	private static <T> String[] texts(List<T> rows, Function<T, @Nullable Object> value) {
		return rows.stream().map(value).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
	}

	/** Notes an attempt that found no dealer for each lead: they stay in the HQ pool. */
	void markAttempts(Collection<UUID> leadIds, Instant now) {
		if (leadIds.isEmpty()) {
			return;
		}
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(now));
		if (this.bulk.isPostgres()) {
			BulkInsert.Condition unnest = this.bulk.unnest("k", "key", "uuid", leadIds);
			params.addAll(unnest.params());
			this.jdbc.sql("UPDATE leads l SET routed_at = ? FROM " + unnest.sql() + " WHERE l.id = k.key")
				.params(params)
				.update();
			return;
		}
		BulkInsert.Condition ids = this.bulk.anyOf("id", "uuid", leadIds);
		params.addAll(ids.params());
		this.jdbc.sql("UPDATE leads SET routed_at = ? WHERE " + ids.sql()).params(params).update();
	}

	/** A row of a lead's assignment history. */
	record AssignmentRecord(UUID leadId, @Nullable UUID dealerId, @Nullable UUID consultantId, String reason,
			String explanation, String by, Instant at) {
	}

	void recordAssignments(List<AssignmentRecord> records) {
		this.bulk.into("lead_assignments", ASSIGNMENT_COLUMNS,
				records.stream()
					.map(r -> new Object[] { UUID.randomUUID(), r.leadId(), r.dealerId(), r.consultantId(), r.reason(),
							truncate(r.explanation()), r.by(), r.at() })
					.toList());
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
