package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.forecourt.identity.TagSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' tags, each row kept with the customer it was put on. */
@Repository
public class Tags {

	private final JdbcClient jdbc;

	Tags(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Puts the tag on the customer unless a member of its group has it already.
	 * @return whether a row was added
	 */
	public boolean add(UUID customerId, Collection<UUID> group, Tag tag, TagSource source, String actor, Instant now) {
		return this.jdbc
			.sql("INSERT INTO customer_tags (customer_id, tag, source, created_at, created_by)"
					+ " SELECT :customer, :tag, :source, :now, :actor WHERE NOT EXISTS"
					+ " (SELECT 1 FROM customer_tags WHERE customer_id IN (:group) AND tag = :tag)")
			.param("customer", customerId)
			.param("tag", tag.value())
			.param("source", source.name())
			.param("now", Timestamp.from(now))
			.param("actor", actor.length() <= 200 ? actor : actor.substring(0, 200))
			.param("group", group)
			.update() > 0;
	}

	/**
	 * Takes the tag off every member of the group: the person sees one customer, so it is
	 * gone from that customer.
	 * @return whether any row was removed
	 */
	public boolean remove(Collection<UUID> group, Tag tag) {
		return this.jdbc.sql("DELETE FROM customer_tags WHERE customer_id IN (:group) AND tag = :tag")
			.param("group", group)
			.param("tag", tag.value())
			.update() > 0;
	}

	public List<CustomerView.TagView> of(Collection<UUID> group) {
		return this.jdbc.sql("SELECT * FROM customer_tags WHERE customer_id IN (:group) ORDER BY created_at, tag")
			.param("group", group)
			.query((rs, n) -> new CustomerView.TagView(rs.getString("tag"), TagSource.valueOf(rs.getString("source")),
					rs.getObject("customer_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by")))
			.list();
	}

	/** Customers (merged or not) carrying the tag, longest tagged first. */
	public List<UUID> customersWith(Tag tag, int limit) {
		return this.jdbc.sql("SELECT customer_id FROM customer_tags WHERE tag = :tag ORDER BY created_at LIMIT :limit")
			.param("tag", tag.value())
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

}
