package io.forecourt.sales.payments.simulated;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The callbacks the simulated provider owes us, in the database so they survive a restart
 * and any instance can send them.
 */
@Repository
@ConditionalOnBooleanProperty(name = "forecourt.payments.simulated.enabled", matchIfMissing = true)
class SimulatedCallbackQueue {

	private final JdbcClient jdbc;

	SimulatedCallbackQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A queued callback: its JSON body, signed only when sent. */
	record Queued(UUID id, String eventId, String kind, String body, int attempts) {
	}

	void enqueue(String eventId, String kind, String body, Instant dueAt, Instant now) {
		this.jdbc
			.sql("INSERT INTO simulated_callbacks (id, event_id, kind, body, due_at, attempts, created_at)"
					+ " VALUES (?, ?, ?, ?, ?, 0, ?)")
			.params(UUID.randomUUID(), eventId, kind, body, Timestamp.from(dueAt), Timestamp.from(now))
			.update();
	}

	List<Queued> due(Instant now, int limit) {
		return this.jdbc
			.sql("SELECT id, event_id, kind, body, attempts FROM simulated_callbacks"
					+ " WHERE delivered_at IS NULL AND due_at <= ? ORDER BY due_at, created_at LIMIT ?")
			.params(Timestamp.from(now), limit)
			.query((rs, n) -> new Queued(rs.getObject("id", UUID.class), rs.getString("event_id"), rs.getString("kind"),
					rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	/** Undelivered callbacks about a payment (its own and its refunds'), oldest first. */
	List<Queued> undeliveredFor(UUID paymentId) {
		return this.jdbc
			.sql("SELECT id, event_id, kind, body, attempts FROM simulated_callbacks"
					+ " WHERE delivered_at IS NULL AND body LIKE ? ORDER BY created_at")
			.param("%\"paymentId\":\"" + paymentId + "\"%")
			.query((rs, n) -> new Queued(rs.getObject("id", UUID.class), rs.getString("event_id"), rs.getString("kind"),
					rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	void delivered(UUID id, Instant at) {
		this.jdbc.sql("UPDATE simulated_callbacks SET delivered_at = ?, attempts = attempts + 1 WHERE id = ?")
			.params(Timestamp.from(at), id)
			.update();
	}

	/** Counts a failed attempt and sets the next. */
	void failed(UUID id, String error, Instant nextDue) {
		this.jdbc.sql("UPDATE simulated_callbacks SET attempts = attempts + 1, last_error = ?, due_at = ? WHERE id = ?")
			.params(truncate(error), Timestamp.from(nextDue), id)
			.update();
	}

	/** Stops trying after the last attempt (a real provider gives up too). */
	void givenUp(UUID id, String error, Instant at) {
		this.jdbc.sql(
				"UPDATE simulated_callbacks SET attempts = attempts + 1, last_error = ?, delivered_at = ? WHERE id = ?")
			.params(truncate("given up: " + error), Timestamp.from(at), id)
			.update();
	}

	private static String truncate(String error) {
		return error.length() > 500 ? error.substring(0, 500) : error;
	}

}
