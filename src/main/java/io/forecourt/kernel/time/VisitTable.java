package io.forecourt.kernel.time;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the visit jobs read and stamp in a table of booked visits: one with the columns
 * {@code id}, {@code status} ({@code BOOKED} until checked in, cancelled or a no-show),
 * {@code starts_at}, {@code ends_at}, {@code reminded_at}, {@code day_before_reminded_at}
 * and {@code version}, as test drives and workshop appointments have.
 */
public final class VisitTable {

	private final JdbcClient jdbc;

	private final String table;

	private final String noShowAfter;

	/**
	 * @param table the table's name (from code, never from input)
	 * @param noShowAfter the column whose time, plus the grace period, makes a visit
	 * nobody checked in to a no-show: {@code starts_at} or {@code ends_at}
	 */
	public VisitTable(JdbcClient jdbc, String table, String noShowAfter) {
		if (!noShowAfter.equals("starts_at") && !noShowAfter.equals("ends_at")) {
			throw new IllegalArgumentException("a no-show counts from starts_at or ends_at, not " + noShowAfter);
		}
		this.jdbc = jdbc;
		this.table = table;
		this.noShowAfter = noShowAfter;
	}

	/** Booked visits starting in (now, until] not yet reminded, soonest first. */
	List<UUID> dueForReminder(Instant now, Instant until, int limit) {
		return this.jdbc.sql("SELECT id FROM " + this.table + """
				 WHERE status = 'BOOKED' AND reminded_at IS NULL AND starts_at > ? AND starts_at <= ?
				ORDER BY starts_at, id FETCH FIRST ? ROWS ONLY
				""").params(Timestamp.from(now), Timestamp.from(until), limit).query(UUID.class).list();
	}

	/** Booked visits starting in (from, until] not yet reminded at all, soonest first. */
	List<UUID> dueForDayBeforeReminder(Instant from, Instant until, int limit) {
		return this.jdbc.sql("SELECT id FROM " + this.table + """
				 WHERE status = 'BOOKED' AND day_before_reminded_at IS NULL AND reminded_at IS NULL
				    AND starts_at > ? AND starts_at <= ?
				ORDER BY starts_at, id FETCH FIRST ? ROWS ONLY
				""").params(Timestamp.from(from), Timestamp.from(until), limit).query(UUID.class).list();
	}

	/** Booked visits whose no-show time is at or before {@code before}, oldest first. */
	List<UUID> dueForNoShow(Instant before, int limit) {
		return this.jdbc
			.sql("SELECT id FROM " + this.table + " WHERE status = 'BOOKED' AND " + this.noShowAfter + " <= ?"
					+ " ORDER BY " + this.noShowAfter + ", id FETCH FIRST ? ROWS ONLY")
			.params(Timestamp.from(before), limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Stamps a reminder as sent, only if it was not and the visit (as it is now, perhaps
	 * moved meanwhile) is booked and still starts in (now, until]: whoever stamps it
	 * publishes it.
	 * @return whether this call stamped it
	 */
	boolean markReminded(UUID id, VisitReminder reminder, Instant now, Instant until) {
		String column = reminder == VisitReminder.DAY_BEFORE ? "day_before_reminded_at" : "reminded_at";
		return this.jdbc
			.sql("UPDATE " + this.table + " SET " + column + " = ?, version = version + 1 WHERE id = ?"
					+ " AND status = 'BOOKED' AND " + column + " IS NULL AND starts_at > ? AND starts_at <= ?")
			.params(Timestamp.from(now), id, Timestamp.from(now), Timestamp.from(until))
			.update() == 1;
	}

}
