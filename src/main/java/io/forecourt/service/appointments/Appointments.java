package io.forecourt.service.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service_appointments table. */
@Repository
class Appointments {

	private final JdbcClient jdbc;

	Appointments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param requestKey the Idempotency-Key of the request, unique per booker
	 */
	void insert(Appointment a, @Nullable String requestKey) {
		this.jdbc.sql("""
				INSERT INTO service_appointments (id, dealer_id, service_type_code, bay_id, technician_id, customer_id,
				    vin, plate, mileage_km, contact_name, phone_masked, channel, note, starts_at, ends_at, status,
				    booked_by, request_key, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(a.id(), a.dealerId(), a.serviceTypeCode(), a.bayId(), a.technicianId(), a.customerId(), a.vin(),
					a.plate(), a.mileageKm(), a.contactName(), a.phoneMasked(), a.channel(), a.note(), ts(a.startsAt()),
					ts(a.endsAt()), a.status().name(), a.bookedBy(), requestKey, ts(a.createdAt()), ts(a.updatedAt()))
			.update();
	}

	Optional<Appointment> findByRequestKey(String bookedBy, String requestKey) {
		return this.jdbc.sql("SELECT * FROM service_appointments WHERE booked_by = ? AND request_key = ?")
			.params(bookedBy, requestKey)
			.query((rs, n) -> appointment(rs))
			.optional();
	}

	/**
	 * Writes the appointment's new state over the version it was read at.
	 * @throws ProblemException conflict if it changed in between
	 */
	void save(Appointment a) {
		int updated = this.jdbc.sql("""
				UPDATE service_appointments SET bay_id = :bay, technician_id = :technician, mileage_km = :mileage,
				    starts_at = :starts, ends_at = :ends, status = :status, reminded_at = :reminded,
				    day_before_reminded_at = :dayBefore, checked_in_at = :checkedIn, cancelled_at = :cancelled,
				    cancel_reason = :cancelReason, no_show_at = :noShow, updated_at = :updated, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("bay", a.bayId())
			.param("technician", a.technicianId())
			.param("mileage", a.mileageKm())
			.param("starts", ts(a.startsAt()))
			.param("ends", ts(a.endsAt()))
			.param("status", a.status().name())
			.param("reminded", ts(a.remindedAt()))
			.param("dayBefore", ts(a.dayBeforeRemindedAt()))
			.param("checkedIn", ts(a.checkedInAt()))
			.param("cancelled", ts(a.cancelledAt()))
			.param("cancelReason", a.cancelReason())
			.param("noShow", ts(a.noShowAt()))
			.param("updated", ts(a.updatedAt()))
			.param("id", a.id())
			.param("version", a.version())
			.update();
		if (updated != 1) {
			throw ProblemException.conflict("Appointment " + a.id() + " was changed at the same time; try again");
		}
	}

	/** The appointment if the scope covers it, locked until the transaction ends. */
	Optional<Appointment> lockVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM service_appointments a WHERE a.id = :id AND " + scope.sql() + " FOR UPDATE")
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> appointment(rs))
			.optional();
	}

	Optional<Appointment> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM service_appointments a WHERE a.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> appointment(rs))
			.optional();
	}

	/** Locks an appointment whatever the scope: for the jobs, which act as the system. */
	Optional<Appointment> lock(UUID id) {
		return this.jdbc.sql("SELECT * FROM service_appointments WHERE id = ? FOR UPDATE")
			.param(id)
			.query((rs, n) -> appointment(rs))
			.optional();
	}

	Optional<Appointment> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM service_appointments WHERE id = ?")
			.param(id)
			.query((rs, n) -> appointment(rs))
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM service_appointments WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The dealer's appointments starting in [from, to), cancelled ones left out, by
	 * start.
	 */
	List<Appointment> ofDealer(UUID dealerId, Instant from, Instant to) {
		return this.jdbc.sql("""
				SELECT * FROM service_appointments
				WHERE dealer_id = ? AND starts_at >= ? AND starts_at < ? AND status <> 'CANCELLED'
				ORDER BY starts_at, id
				""").params(dealerId, ts(from), ts(to)).query((rs, n) -> appointment(rs)).list();
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*) FROM service_appointments a WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	List<Appointment> find(Where where, PageRequest page) {
		return this.jdbc
			.sql("SELECT * FROM service_appointments a WHERE " + where.sql()
					+ " ORDER BY a.starts_at, a.id LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> appointment(rs))
			.list();
	}

	/** The customers' appointments whatever the scope: for a data export. */
	List<Map<String, Object>> rowsOfCustomers(Set<UUID> customerIds) {
		return this.jdbc.sql("SELECT * FROM service_appointments WHERE customer_id IN (:ids) ORDER BY starts_at")
			.param("ids", customerIds)
			.query()
			.listOfRows();
	}

	/** Removes what identifies the person from their appointments (erasure). */
	int anonymise(Set<UUID> customerIds) {
		return this.jdbc.sql("""
				UPDATE service_appointments SET contact_name = NULL, phone_masked = NULL, note = NULL,
				    version = version + 1
				WHERE customer_id IN (:ids)
				""").param("ids", customerIds).update();
	}

	static Appointment appointment(ResultSet rs) throws SQLException {
		return new Appointment(rs.getObject("id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getString("service_type_code"), rs.getObject("bay_id", UUID.class),
				rs.getObject("technician_id", UUID.class), rs.getObject("customer_id", UUID.class), rs.getString("vin"),
				rs.getString("plate"), (Integer) rs.getObject("mileage_km"), rs.getString("contact_name"),
				rs.getString("phone_masked"), rs.getString("channel"), rs.getString("note"), instant(rs, "starts_at"),
				instant(rs, "ends_at"), AppointmentStatus.valueOf(rs.getString("status")), instant(rs, "reminded_at"),
				instant(rs, "day_before_reminded_at"), instant(rs, "checked_in_at"), instant(rs, "cancelled_at"),
				rs.getString("cancel_reason"), instant(rs, "no_show_at"), rs.getString("booked_by"),
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
