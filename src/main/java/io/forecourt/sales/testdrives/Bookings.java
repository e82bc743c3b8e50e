package io.forecourt.sales.testdrives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The test_drive_bookings table. */
@Repository
class Bookings {

	private final JdbcClient jdbc;

	Bookings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param requestKey the Idempotency-Key of the request, unique per booker
	 */
	void insert(TestDriveBooking b, @Nullable String requestKey) {
		this.jdbc.sql("""
				INSERT INTO test_drive_bookings (id, dealer_id, car_id, consultant_id, customer_id, lead_id, model_code,
				    trim_code, contact_name, phone_masked, channel, note, starts_at, ends_at, status, booked_by,
				    request_key, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(b.id(), b.dealerId(), b.carId(), b.consultantId(), b.customerId(), b.leadId(), b.modelCode(),
					b.trimCode(), b.contactName(), b.phoneMasked(), b.channel(), b.note(), ts(b.startsAt()),
					ts(b.endsAt()), b.status().name(), b.bookedBy(), requestKey, ts(b.createdAt()), ts(b.updatedAt()))
			.update();
	}

	/** The booking this booker made with this Idempotency-Key, if any. */
	Optional<TestDriveBooking> findByRequestKey(String bookedBy, String requestKey) {
		return this.jdbc.sql("SELECT * FROM test_drive_bookings WHERE booked_by = ? AND request_key = ?")
			.params(bookedBy, requestKey)
			.query((rs, n) -> booking(rs))
			.optional();
	}

	/**
	 * Writes the booking's new state over the version it was read at.
	 * @throws ProblemException conflict if it changed in between
	 */
	void save(TestDriveBooking b) {
		int updated = this.jdbc.sql("""
				UPDATE test_drive_bookings SET car_id = :car, consultant_id = :consultant, starts_at = :starts,
				    ends_at = :ends, status = :status, reminded_at = :reminded, day_before_reminded_at = :dayBefore,
				    checked_in_at = :checkedIn, completed_at = :completed, cancelled_at = :cancelled,
				    cancel_reason = :cancelReason, no_show_at = :noShow, rating = :rating, interest = :interest,
				    comments = :comments, suggested_grade = :grade, updated_at = :updated, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("car", b.carId())
			.param("consultant", b.consultantId())
			.param("starts", ts(b.startsAt()))
			.param("ends", ts(b.endsAt()))
			.param("status", b.status().name())
			.param("reminded", ts(b.remindedAt()))
			.param("dayBefore", ts(b.dayBeforeRemindedAt()))
			.param("checkedIn", ts(b.checkedInAt()))
			.param("completed", ts(b.completedAt()))
			.param("cancelled", ts(b.cancelledAt()))
			.param("cancelReason", b.cancelReason())
			.param("noShow", ts(b.noShowAt()))
			.param("rating", b.rating())
			.param("interest", b.interest() == null ? null : b.interest().name())
			.param("comments", b.comments())
			.param("grade", b.suggestedGrade())
			.param("updated", ts(b.updatedAt()))
			.param("id", b.id())
			.param("version", b.version())
			.update();
		if (updated != 1) {
			throw ProblemException.conflict("Test drive " + b.id() + " was changed at the same time; try again");
		}
	}

	/** The booking if the scope covers it, locked until the transaction ends. */
	Optional<TestDriveBooking> lockVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM test_drive_bookings b WHERE b.id = :id AND " + scope.sql() + " FOR UPDATE")
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> booking(rs))
			.optional();
	}

	Optional<TestDriveBooking> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM test_drive_bookings b WHERE b.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> booking(rs))
			.optional();
	}

	/** Locks a booking whatever the scope: for the jobs, which act as the system. */
	Optional<TestDriveBooking> lock(UUID id) {
		return this.jdbc.sql("SELECT * FROM test_drive_bookings WHERE id = ? FOR UPDATE")
			.param(id)
			.query((rs, n) -> booking(rs))
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM test_drive_bookings WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The consultant's drives still to come (booked, starting after {@code now}), by
	 * start.
	 */
	List<TestDriveBooking> upcomingWith(UUID consultantId, Instant now) {
		return this.jdbc.sql("""
				SELECT * FROM test_drive_bookings
				WHERE consultant_id = ? AND status = 'BOOKED' AND starts_at > ?
				ORDER BY starts_at, id
				""").params(consultantId, ts(now)).query((rs, n) -> booking(rs)).list();
	}

	/**
	 * The dealer's bookings starting in [from, to), cancelled ones left out, by start.
	 */
	List<TestDriveBooking> ofDealer(UUID dealerId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM test_drive_bookings
				WHERE dealer_id = ? AND starts_at >= ? AND starts_at < ? AND status <> 'CANCELLED'
				ORDER BY starts_at, id
				""").params(dealerId, ts(from), ts(to)).query((rs, n) -> booking(rs)).list();
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*) FROM test_drive_bookings b WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	List<TestDriveBooking> find(Where where, PageRequest page) {
		return this.jdbc
			.sql("SELECT * FROM test_drive_bookings b WHERE " + where.sql()
					+ " ORDER BY b.starts_at, b.id LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> booking(rs))
			.list();
	}

	/** Booked drives of the car that have not ended: they need the car. */
	long upcomingOfCar(UUID carId, Instant now) {
		return this.jdbc.sql("""
				SELECT count(*) FROM test_drive_bookings
				WHERE car_id = ? AND status IN ('BOOKED', 'CHECKED_IN') AND ends_at > ?
				""").params(carId, ts(now)).query(Long.class).single();
	}

	/** Booked drives of the consultant overlapping [from, to). */
	long bookedOfConsultant(UUID consultantId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT count(*) FROM test_drive_bookings
				WHERE consultant_id = ? AND status IN ('BOOKED', 'CHECKED_IN') AND starts_at < ? AND ends_at > ?
				""").params(consultantId, ts(to), ts(from)).query(Long.class).single();
	}

	/** The customer's bookings whatever the scope: for a data export. */
	List<Map<String, Object>> rowsOfCustomers(Set<UUID> customerIds) {
		return this.jdbc.sql("SELECT * FROM test_drive_bookings WHERE customer_id IN (:ids) ORDER BY starts_at")
			.param("ids", customerIds)
			.query()
			.listOfRows();
	}

	/** Removes what identifies the person from their bookings (erasure). */
	int anonymise(Set<UUID> customerIds) {
		return this.jdbc.sql("""
				UPDATE test_drive_bookings SET contact_name = NULL, phone_masked = NULL, note = NULL, comments = NULL,
				    version = version + 1
				WHERE customer_id IN (:ids)
				""").param("ids", customerIds).update();
	}

	static TestDriveBooking booking(ResultSet rs) throws SQLException {
		String interest = rs.getString("interest");
		return new TestDriveBooking(rs.getObject("id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getObject("car_id", UUID.class), rs.getObject("consultant_id", UUID.class),
				rs.getObject("customer_id", UUID.class), rs.getObject("lead_id", UUID.class),
				rs.getString("model_code"), rs.getString("trim_code"), rs.getString("contact_name"),
				rs.getString("phone_masked"), rs.getString("channel"), rs.getString("note"), instant(rs, "starts_at"),
				instant(rs, "ends_at"), BookingStatus.valueOf(rs.getString("status")), instant(rs, "reminded_at"),
				instant(rs, "day_before_reminded_at"), instant(rs, "checked_in_at"), instant(rs, "completed_at"),
				instant(rs, "cancelled_at"), rs.getString("cancel_reason"), instant(rs, "no_show_at"),
				(Integer) rs.getObject("rating"), interest == null ? null : InterestLevel.valueOf(interest),
				rs.getString("comments"), rs.getString("suggested_grade"), rs.getString("booked_by"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
