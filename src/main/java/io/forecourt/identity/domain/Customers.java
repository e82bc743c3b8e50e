package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored customers, as far as resolution needs them: who is a root (not merged into
 * anyone), row locks for merging, and the profile hints a channel may fill in.
 */
@Repository
public class Customers {

	/**
	 * Merge chains are short (a merged customer rarely merges again); this bounds a loop.
	 */
	private static final int MAX_CHAIN = 32;

	private final JdbcClient jdbc;

	Customers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A customer's row as resolution sees it. */
	public record Node(UUID id, @Nullable UUID mergedInto, String status, Instant createdAt) {

		public boolean isRoot() {
			return this.mergedInto == null;
		}

	}

	public void create(UUID id, String lifecycleStage, Instant now) {
		this.jdbc
			.sql("INSERT INTO customers (id, status, lifecycle_stage, version, created_at, updated_at)"
					+ " VALUES (?, 'ACTIVE', ?, 0, ?, ?)")
			.params(id, lifecycleStage, Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	public Optional<Node> find(UUID id) {
		return this.jdbc.sql("SELECT id, merged_into, status, created_at FROM customers WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Node(rs.getObject("id", UUID.class), rs.getObject("merged_into", UUID.class),
					rs.getString("status"), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	/** The customer a (possibly merged) customer now lives on as. */
	public UUID rootOf(UUID id) {
		UUID current = id;
		for (int i = 0; i < MAX_CHAIN; i++) {
			Node node = find(current).orElseThrow(() -> new IllegalStateException("No customer " + id));
			if (node.isRoot()) {
				return node.id();
			}
			current = node.mergedInto();
		}
		throw new IllegalStateException("Merge chain of customer " + id + " is longer than " + MAX_CHAIN);
	}

	/**
	 * Locks the customers' rows, in id order so that two merges over the same customers
	 * cannot deadlock, and returns them as they are now.
	 */
	public List<Node> lock(Collection<UUID> ids) {
		List<UUID> sorted = new ArrayList<>(ids);
		sorted.sort(null);
		List<Node> locked = new ArrayList<>();
		for (UUID id : sorted) {
			this.jdbc.sql("SELECT id, merged_into, status, created_at FROM customers WHERE id = ? FOR UPDATE")
				.param(id)
				.query((rs, n) -> new Node(rs.getObject("id", UUID.class), rs.getObject("merged_into", UUID.class),
						rs.getString("status"), rs.getTimestamp("created_at").toInstant()))
				.optional()
				.ifPresent(locked::add);
		}
		return locked;
	}

	public void markMerged(UUID mergedId, UUID survivorId, Instant now) {
		this.jdbc
			.sql("UPDATE customers SET status = 'MERGED', merged_into = ?, updated_at = ?, version = version + 1"
					+ " WHERE id = ?")
			.params(survivorId, Timestamp.from(now), mergedId)
			.update();
	}

	public void markRestored(UUID id, Instant now) {
		this.jdbc
			.sql("UPDATE customers SET status = 'ACTIVE', merged_into = NULL, updated_at = ?, version = version + 1"
					+ " WHERE id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	/** Fills the profile fields a channel knows and the customer does not have yet. */
	public void fillBlanks(UUID id, @Nullable String name, @Nullable String cityCode, @Nullable String modelInterest,
			Instant now) {
		if (name == null && cityCode == null && modelInterest == null) {
			return;
		}
		this.jdbc
			.sql("UPDATE customers SET name = COALESCE(name, :name), city_code = COALESCE(city_code, :city),"
					+ " model_interest = COALESCE(model_interest, :model), updated_at = :now WHERE id = :id")
			.param("name", name, java.sql.Types.VARCHAR)
			.param("city", cityCode, java.sql.Types.CHAR)
			.param("model", modelInterest, java.sql.Types.VARCHAR)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/**
	 * Other root customers with the same name, city and model interest as this one: weak
	 * matches, which only ever become suggestions.
	 */
	public List<UUID> weakMatches(UUID id) {
		return this.jdbc
			.sql("SELECT o.id FROM customers c JOIN customers o ON lower(o.name) = lower(c.name)"
					+ " AND o.city_code = c.city_code AND lower(o.model_interest) = lower(c.model_interest)"
					+ " WHERE c.id = ? AND o.id <> c.id AND o.merged_into IS NULL AND o.status = 'ACTIVE'"
					+ " ORDER BY o.created_at LIMIT 20")
			.param(id)
			.query(UUID.class)
			.list();
	}

}
