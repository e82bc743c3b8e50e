package io.forecourt.identity.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Weak matches waiting for a person to accept (merge) or reject them. */
@Repository
public class MergeSuggestions {

	private final JdbcClient jdbc;

	MergeSuggestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public enum Status {

		OPEN, ACCEPTED, REJECTED

	}

	public record Suggestion(UUID id, UUID customerA, UUID customerB, String reason, Status status, Instant createdAt,
			@Nullable String decidedBy, @Nullable Instant decidedAt) {
	}

	/**
	 * Suggests that two customers are one person, unless the pair was suggested before
	 * (open, accepted or rejected: a rejection is not asked again).
	 */
	public void suggest(UUID first, UUID second, String reason, Instant now) {
		UUID a = first.compareTo(second) < 0 ? first : second;
		UUID b = a.equals(first) ? second : first;
		// ON CONFLICT, not NOT EXISTS: two transactions suggesting the same pair at once
		// both see no row, and the second insert failed on the pair key, aborting the
		// caller's transaction (a test-drive booking, say) on PostgreSQL
		try {
			this.jdbc
				.sql("INSERT INTO merge_suggestions (id, customer_a, customer_b, reason, status, created_at)"
						+ " VALUES (?, ?, ?, ?, 'OPEN', ?) ON CONFLICT DO NOTHING")
				.params(UUID.randomUUID(), a, b, reason, Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// H2 may report the concurrent insert instead of skipping it: suggested
			// either way
		}
	}

	public List<Suggestion> find(Status status, int limit) {
		return this.jdbc.sql("SELECT * FROM merge_suggestions WHERE status = ? ORDER BY created_at LIMIT ?")
			.params(status.name(), limit)
			.query(MergeSuggestions::map)
			.list();
	}

	public Optional<Suggestion> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM merge_suggestions WHERE id = ?")
			.param(id)
			.query(MergeSuggestions::map)
			.optional();
	}

	/** Records a decision on an open suggestion; false if it was decided already. */
	public boolean decide(UUID id, Status decision, String actor, Instant now) {
		return this.jdbc
			.sql("UPDATE merge_suggestions SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?"
					+ " AND status = 'OPEN'")
			.params(decision.name(), actor, Timestamp.from(now), id)
			.update() == 1;
	}

	private static Suggestion map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new Suggestion(rs.getObject("id", UUID.class), rs.getObject("customer_a", UUID.class),
				rs.getObject("customer_b", UUID.class), rs.getString("reason"), Status.valueOf(rs.getString("status")),
				rs.getTimestamp("created_at").toInstant(), rs.getString("decided_by"),
				decidedAt == null ? null : decidedAt.toInstant());
	}

}
