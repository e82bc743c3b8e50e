package io.forecourt.kernel.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims, completes and releases {@code Idempotency-Key}s in the database, each step in a
 * short transaction of its own (never the handler's), so a claim is visible to every
 * instance before the handler starts and a stored response outlives the request. The
 * primary key (caller, key) decides which of two concurrent requests claims a key; the
 * claim token makes sure only the request holding the claim completes or releases it,
 * even after a crashed request's expired claim was taken over.
 */
@Repository
class IdempotencyKeys {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	private static final String COMPLETED = "COMPLETED";

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	IdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Claims the key for the request, or says why not.
	 * @param lockTimeout how long the claim holds before a retry may take it over
	 */
	IdempotencyClaim claim(IdempotencyRequest request, Instant now, Duration lockTimeout) {
		// a key released between our insert and our read is simply claimed on the next
		// round
		for (int round = 0; round < 3; round++) {
			IdempotencyClaim claim = this.ownTransaction.execute(status -> claimOnce(request, now, lockTimeout));
			if (claim != null) {
				return claim;
			}
		}
		return new IdempotencyClaim.InFlight();
	}

	private @Nullable IdempotencyClaim claimOnce(IdempotencyRequest request, Instant now, Duration lockTimeout) {
		UUID token = UUID.randomUUID();
		if (insert(request, token, now, lockTimeout)) {
			return new IdempotencyClaim.Claimed(token);
		}
		Optional<Row> found = this.jdbc.sql("""
				SELECT request_hash, request_method, request_path, state, claim_token, locked_until, expires_at,
				       response_status, content_type, location, response_body
				FROM idempotency_keys WHERE caller = ? AND idempotency_key = ? FOR UPDATE""")
			.params(request.caller(), request.key())
			.query((rs, n) -> new Row(rs.getString("request_hash"), rs.getString("request_method"),
					rs.getString("request_path"), rs.getString("state"), rs.getObject("claim_token", UUID.class),
					rs.getTimestamp("locked_until").toInstant(), instant(rs.getTimestamp("expires_at")),
					new StoredResponse(rs.getInt("response_status"), rs.getString("content_type"),
							rs.getString("location"), String.valueOf(rs.getString("response_body")))))
			.optional();
		if (found.isEmpty()) {
			return null;
		}
		Row row = found.get();
		if (row.completed() && row.expiresAt() != null && !row.expiresAt().isAfter(now)) {
			// kept past its retention and not purged yet: as good as forgotten
			return takeOver(request, row, now, lockTimeout);
		}
		if (!row.hash().equals(request.hash())) {
			return new IdempotencyClaim.Mismatch(row.method(), row.path());
		}
		if (row.completed()) {
			return new IdempotencyClaim.Replay(row.response());
		}
		if (row.lockedUntil().isAfter(now)) {
			return new IdempotencyClaim.InFlight();
		}
		log.info("Taking over the expired claim of Idempotency-Key {} of {} (locked until {})", request.key(),
				request.caller(), row.lockedUntil());
		return takeOver(request, row, now, lockTimeout);
	}

	private boolean insert(IdempotencyRequest request, UUID token, Instant now, Duration lockTimeout) {
		try {
			return this.jdbc.sql("""
					INSERT INTO idempotency_keys (caller, idempotency_key, request_hash, request_method, request_path,
					    state, claim_token, claimed_at, locked_until)
					VALUES (?, ?, ?, ?, ?, 'IN_FLIGHT', ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(request.caller(), request.key(), request.hash(), request.method(), request.path(), token,
						Timestamp.from(now), Timestamp.from(now.plus(lockTimeout)))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			// H2 may report a concurrent insert of the key instead of skipping it
			return false;
		}
	}

	private IdempotencyClaim takeOver(IdempotencyRequest request, Row row, Instant now, Duration lockTimeout) {
		UUID token = UUID.randomUUID();
		int updated = this.jdbc.sql("""
				UPDATE idempotency_keys SET request_hash = ?, request_method = ?, request_path = ?, state = 'IN_FLIGHT',
				    claim_token = ?, claimed_at = ?, locked_until = ?, response_status = NULL, content_type = NULL,
				    location = NULL, response_body = NULL, completed_at = NULL, expires_at = NULL
				WHERE caller = ? AND idempotency_key = ? AND claim_token = ?""")
			.params(request.hash(), request.method(), request.path(), token, Timestamp.from(now),
					Timestamp.from(now.plus(lockTimeout)), request.caller(), request.key(), row.token())
			.update();
		return updated == 1 ? new IdempotencyClaim.Claimed(token) : new IdempotencyClaim.InFlight();
	}

	/**
	 * Stores the response of a claimed request, kept until {@code now + retention}.
	 * @return false if the claim was no longer this request's (it outlived its lock
	 * timeout and a retry took it over)
	 */
	boolean complete(IdempotencyRequest request, UUID token, StoredResponse response, Instant now, Duration retention) {
		Integer updated = this.ownTransaction.execute(status -> this.jdbc.sql("""
				UPDATE idempotency_keys SET state = 'COMPLETED', response_status = ?, content_type = ?, location = ?,
				    response_body = ?, completed_at = ?, expires_at = ?
				WHERE caller = ? AND idempotency_key = ? AND claim_token = ? AND state = 'IN_FLIGHT'""")
			.params(response.status(), response.contentType(), response.location(), response.body(),
					Timestamp.from(now), Timestamp.from(now.plus(retention)), request.caller(), request.key(), token)
			.update());
		return updated != null && updated == 1;
	}

	/** Gives up a claim (the request failed in a way a retry may fix). */
	void release(IdempotencyRequest request, UUID token) {
		this.ownTransaction.executeWithoutResult(status -> this.jdbc
			.sql("DELETE FROM idempotency_keys WHERE caller = ? AND idempotency_key = ? AND claim_token = ?"
					+ " AND state = 'IN_FLIGHT'")
			.params(request.caller(), request.key(), token)
			.update());
	}

	/**
	 * Forgets completed keys past their retention, and claims abandoned for longer than
	 * the retention (a crashed request nobody retried).
	 */
	int purge(Instant now, Duration retention) {
		Integer purged = this.ownTransaction.execute(status -> this.jdbc
			.sql("DELETE FROM idempotency_keys WHERE (state = 'COMPLETED' AND expires_at <= ?)"
					+ " OR (state = 'IN_FLIGHT' AND locked_until <= ?)")
			.params(Timestamp.from(now), Timestamp.from(now.minus(retention)))
			.update());
		return purged == null ? 0 : purged;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record Row(String hash, String method, String path, String state, UUID token, Instant lockedUntil,
			@Nullable Instant expiresAt, StoredResponse response) {

		boolean completed() {
			return COMPLETED.equals(this.state);
		}

	}

}
