package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.TimelineEntry;
import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Timeline entries, each kept with the customer it was recorded for. */
@Repository
public class Timeline {

	private static final List<String> COLUMNS = List.of("customer_id", "occurred_at", "module", "type", "summary",
			"ref_type", "ref_id", "detail");

	/** Customers per existence query, well inside every driver's parameter limit. */
	private static final int QUERY_SLICE = 1000;

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	Timeline(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/**
	 * Appends the entry. An entry with a reference is written once: a redelivered event
	 * (same customer, module, type, reference and time) adds nothing.
	 * @return whether the entry was added
	 */
	public boolean append(TimelineEntry entry) {
		if (entry.refId() != null && this.jdbc
			.sql("SELECT count(*) FROM customer_timeline WHERE customer_id = :customer AND module = :module"
					+ " AND type = :type AND ref_type = :refType AND ref_id = :refId AND occurred_at = :at")
			.param("customer", entry.customerId())
			.param("module", entry.module())
			.param("type", entry.type())
			.param("refType", entry.refType())
			.param("refId", entry.refId())
			.param("at", Timestamp.from(entry.occurredAt()))
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		this.jdbc
			.sql("INSERT INTO customer_timeline (customer_id, occurred_at, module, type, summary, ref_type, ref_id,"
					+ " detail) VALUES (:customer, :at, :module, :type, :summary, :refType, :refId, :detail)")
			.param("customer", entry.customerId())
			.param("at", Timestamp.from(entry.occurredAt()))
			.param("module", entry.module())
			.param("type", entry.type())
			.param("summary", entry.summary())
			.param("refType", entry.refType(), java.sql.Types.VARCHAR)
			.param("refId", entry.refId(), java.sql.Types.VARCHAR)
			.param("detail", entry.detail(), java.sql.Types.VARCHAR)
			.update();
		return true;
	}

	/**
	 * Appends many entries with the rules of {@link #append}: an entry with a reference
	 * that is there already (or twice in the list) is written once.
	 * @return how many entries were added
	 */
	public int appendAll(Collection<TimelineEntry> entries) {
		Set<String> seen = new HashSet<>();
		Map<String, List<TimelineEntry>> referencedByMoment = new HashMap<>();
		List<TimelineEntry> fresh = new ArrayList<>();
		for (TimelineEntry entry : entries) {
			if (entry.refId() == null) {
				fresh.add(entry);
			}
			else if (seen.add(identity(entry.customerId(), entry.occurredAt(), entry.module(), entry.type(),
					entry.refType(), entry.refId()))) {
				referencedByMoment.computeIfAbsent(entry.occurredAt() + "|" + entry.module(), k -> new ArrayList<>())
					.add(entry);
			}
		}
		for (List<TimelineEntry> group : referencedByMoment.values()) {
			Set<String> existing = existing(group);
			group.stream()
				.filter(e -> !existing
					.contains(identity(e.customerId(), e.occurredAt(), e.module(), e.type(), e.refType(), e.refId())))
				.forEach(fresh::add);
		}
		this.bulk.into("customer_timeline", COLUMNS,
				fresh.stream()
					.map(e -> new Object[] { e.customerId(), e.occurredAt(), e.module(), e.type(), e.summary(),
							e.refType(), e.refId(), e.detail() })
					.toList());
		return fresh.size();
	}

	/** The entries of one moment and module that are recorded already. */
	private Set<String> existing(List<TimelineEntry> group) {
		TimelineEntry first = group.get(0);
		List<UUID> customers = group.stream().map(TimelineEntry::customerId).distinct().toList();
		Set<String> existing = new HashSet<>();
		for (int from = 0; from < customers.size(); from += QUERY_SLICE) {
			List<UUID> slice = customers.subList(from, Math.min(customers.size(), from + QUERY_SLICE));
			String entries = "SELECT customer_id, type, ref_type, ref_id FROM customer_timeline WHERE ";
			String moment = " AND occurred_at = ? AND module = ? AND ref_id IS NOT NULL";
			BulkInsert.Condition these = this.bulk.isPostgres() ? this.bulk.unnest("t", "id", "uuid", slice)
					: this.bulk.anyOf("customer_id", "uuid", slice);
			String sql = this.bulk.isPostgres() ? "SELECT e.* FROM " + these.sql() + " JOIN LATERAL (" + entries
					+ "customer_id = t.id" + moment + " OFFSET 0) e ON TRUE" : entries + these.sql() + moment;
			this.jdbc.sql(sql)
				.params(these.params())
				.param(Timestamp.from(first.occurredAt()))
				.param(first.module())
				.query((rs, n) -> identity(rs.getObject("customer_id", UUID.class), first.occurredAt(), first.module(),
						rs.getString("type"), rs.getString("ref_type"), rs.getString("ref_id")))
				.list()
				.forEach(existing::add);
		}
		return existing;
	}

	private static String identity(UUID customer, Instant at, String module, String type, @Nullable String refType,
			@Nullable String refId) {
		return customer + "|" + at + "|" + module + "|" + type + "|" + refType + "|" + refId;
	}

	/** A page of the group's entries, newest first. */
	public Page<CustomerView.TimelineEntryView> page(Collection<UUID> group, PageRequest page) {
		long total = this.jdbc.sql("SELECT count(*) FROM customer_timeline WHERE customer_id IN (:group)")
			.param("group", group)
			.query(Long.class)
			.single();
		return Page.of(entries(group, page.size(), page.offset()), page, total);
	}

	/** The group's latest entries, newest first. */
	public List<CustomerView.TimelineEntryView> latest(Collection<UUID> group, int limit) {
		return entries(group, limit, 0);
	}

	private List<CustomerView.TimelineEntryView> entries(Collection<UUID> group, int limit, long offset) {
		// id breaks ties between entries of the same instant (a merge writes several).
		return this.jdbc
			.sql("SELECT * FROM customer_timeline WHERE customer_id IN (:group)"
					+ " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.param("group", group)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new CustomerView.TimelineEntryView(rs.getLong("id"),
					rs.getObject("customer_id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("module"), rs.getString("type"), rs.getString("summary"), rs.getString("ref_type"),
					rs.getString("ref_id"), rs.getString("detail")))
			.list();
	}

}
