package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history of merges: who merged into whom, why, by whom, and whether it was undone.
 */
@Repository
public class Merges {

	private final JdbcClient jdbc;

	Merges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Merge(UUID id, UUID survivorId, UUID mergedId, String reason, String mergedBy, Instant mergedAt,
			@Nullable String undoneBy, @Nullable Instant undoneAt) {

		public boolean isActive() {
			return this.undoneAt == null;
		}

	}

	public UUID record(UUID survivorId, UUID mergedId, String reason, String actor, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO customer_merges (id, survivor_id, merged_id, reason, merged_by, merged_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, survivorId, mergedId, truncate(reason, 300), truncate(actor, 200), Timestamp.from(now))
			.update();
		return id;
	}

	/**
	 * The merge that made {@code mergedId} part of another customer, if it still holds.
	 */
	public Optional<Merge> activeMergeOf(UUID mergedId) {
		return this.jdbc.sql("SELECT * FROM customer_merges WHERE merged_id = ? AND undone_at IS NULL")
			.param(mergedId)
			.query(Merges::map)
			.optional();
	}

	/** Merges into this customer that still hold (the customers it absorbed directly). */
	public List<Merge> activeMergesInto(UUID survivorId) {
		return this.jdbc
			.sql("SELECT * FROM customer_merges WHERE survivor_id = ? AND undone_at IS NULL ORDER BY merged_at")
			.param(survivorId)
			.query(Merges::map)
			.list();
	}

	public void undo(UUID mergeId, String actor, Instant now) {
		this.jdbc.sql("UPDATE customer_merges SET undone_by = ?, undone_at = ? WHERE id = ?")
			.params(truncate(actor, 200), Timestamp.from(now), mergeId)
			.update();
	}

	/**
	 * Whether a person has separated these two customers by undoing a merge between them;
	 * automatic resolution then never merges them again.
	 */
	public boolean separated(UUID a, UUID b) {
		return this.jdbc
			.sql("SELECT count(*) FROM customer_merges WHERE undone_at IS NOT NULL AND ((survivor_id = ? AND"
					+ " merged_id = ?) OR (survivor_id = ? AND merged_id = ?))")
			.params(a, b, b, a)
			.query(Long.class)
			.single() > 0;
	}

	private static Merge map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp undoneAt = rs.getTimestamp("undone_at");
		return new Merge(rs.getObject("id", UUID.class), rs.getObject("survivor_id", UUID.class),
				rs.getObject("merged_id", UUID.class), rs.getString("reason"), rs.getString("merged_by"),
				rs.getTimestamp("merged_at").toInstant(), rs.getString("undone_by"),
				undoneAt == null ? null : undoneAt.toInstant());
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
