package io.forecourt.identity.domain;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.jdbc.BulkInsert;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
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

	/** Weak matches suggested for one customer at a time, oldest first. */
	private static final int WEAK_MATCH_LIMIT = 20;

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	private final JdbcTemplate template;

	Customers(JdbcClient jdbc, BulkInsert bulk, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.bulk = bulk;
		this.template = template;
	}

	/** A customer a bulk resolution creates, with the profile hints it starts with. */
	public record NewCustomer(UUID id, Instant createdAt, @Nullable String name, @Nullable String cityCode,
			@Nullable String modelInterest) {
	}

	/** The profile fields a channel may fill in. */
	public record Blanks(@Nullable String name, @Nullable String cityCode, @Nullable String modelInterest) {
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

	/**
	 * Creates many customers at once, as {@link #create} and {@link #fillBlanks} would.
	 */
	public void createAll(List<NewCustomer> customers, String lifecycleStage) {
		this.bulk.into("customers",
				List.of("id", "status", "lifecycle_stage", "name", "city_code", "model_interest", "version",
						"created_at", "updated_at"),
				customers.stream()
					.map(c -> new Object[] { c.id(), "ACTIVE", lifecycleStage, c.name(), c.cityCode(),
							c.modelInterest(), 0L, c.createdAt(), c.createdAt() })
					.toList());
	}

	/** The profile fields of these customers as stored now. */
	public Map<UUID, Blanks> blanks(Collection<UUID> ids) {
		Map<UUID, Blanks> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		BulkInsert.Condition these = this.bulk.anyOf("id", "uuid", ids);
		this.jdbc.sql("SELECT id, name, city_code, model_interest FROM customers WHERE " + these.sql())
			.params(these.params())
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class),
					new Blanks(rs.getString("name"), rs.getString("city_code"), rs.getString("model_interest"))))
			.list()
			.forEach(entry -> found.put(entry.getKey(), entry.getValue()));
		return found;
	}

	/** {@link #fillBlanks} for many customers, in one batch. */
	public void fillBlanksAll(Map<UUID, Blanks> hints, Instant now) {
		if (hints.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(now);
		List<Map.Entry<UUID, Blanks>> rows = List.copyOf(hints.entrySet());
		this.template.batchUpdate(
				"UPDATE customers SET name = COALESCE(name, ?), city_code = COALESCE(city_code, ?),"
						+ " model_interest = COALESCE(model_interest, ?), updated_at = ? WHERE id = ?",
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						Blanks hint = rows.get(i).getValue();
						statement.setString(1, hint.name());
						statement.setString(2, hint.cityCode());
						statement.setString(3, hint.modelInterest());
						statement.setTimestamp(4, at);
						statement.setObject(5, rows.get(i).getKey());
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}
				});
	}

	/**
	 * Other root customers with the same name, city and model interest as each of these:
	 * {@link #weakMatches} for many customers in one query, each list oldest first.
	 */
	public Map<UUID, List<UUID>> weakMatchesOf(Collection<UUID> ids) {
		Map<UUID, List<UUID>> matches = new HashMap<>();
		if (ids.isEmpty()) {
			return matches;
		}
		if (!this.bulk.isPostgres()) {
			// H2 would compare every pair of customers with every id; it is small anyway
			ids.forEach(id -> matches.put(id, weakMatches(id)));
			return matches;
		}
		BulkInsert.Condition targets = this.bulk.unnest("t", "id", "uuid", ids);
		this.jdbc
			// LATERAL: from each target into the weak-match index, whatever the planner's
			// statistics say (stale during a launch's burst of new customers, they had it
			// scan every customer once per batch)
			.sql("SELECT c.id AS target, m.id AS match FROM " + targets.sql()
					+ " JOIN customers c ON c.id = t.id CROSS JOIN LATERAL (SELECT o.id, o.created_at FROM customers o"
					+ " WHERE lower(o.name) = lower(c.name) AND o.city_code = c.city_code"
					+ " AND lower(o.model_interest) = lower(c.model_interest)"
					+ " AND o.id <> c.id AND o.merged_into IS NULL AND o.status = 'ACTIVE'"
					+ " ORDER BY o.created_at LIMIT " + WEAK_MATCH_LIMIT + ") m ORDER BY c.id, m.created_at")
			.params(targets.params())
			.query((rs, n) -> Map.entry(rs.getObject("target", UUID.class), rs.getObject("match", UUID.class)))
			.list()
			.forEach(entry -> {
				List<UUID> list = matches.computeIfAbsent(entry.getKey(), k -> new ArrayList<>());
				if (list.size() < WEAK_MATCH_LIMIT) {
					list.add(entry.getValue());
				}
			});
		return matches;
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
					+ " ORDER BY o.created_at LIMIT " + WEAK_MATCH_LIMIT)
			.param(id)
			.query(UUID.class)
			.list();
	}

}
