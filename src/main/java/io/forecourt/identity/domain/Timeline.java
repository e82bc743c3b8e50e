package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.forecourt.identity.TimelineEntry;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Timeline entries, each kept with the customer it was recorded for. */
@Repository
public class Timeline {

	private final JdbcClient jdbc;

	Timeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
