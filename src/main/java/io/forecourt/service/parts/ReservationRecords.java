package io.forecourt.service.parts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.web.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The repair orders' parts: service_parts_repair_orders (one row per order, its dealer,
 * and the lock of all its parts calls) and service_parts_reservations (what it holds of
 * each part).
 */
@Repository
class ReservationRecords {

	private final JdbcClient jdbc;

	ReservationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Registers the repair order with its dealer unless it is already there. */
	void claim(UUID repairOrderId, UUID dealerId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO service_parts_repair_orders (repair_order_id, dealer_id, created_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING
				""").params(repairOrderId, dealerId, Timestamp.from(now)).update();
	}

	/**
	 * Locks the repair order's row until the transaction ends.
	 * @return its dealer; empty when it has no row (or, on H2, one another transaction
	 * has not committed yet)
	 */
	Optional<UUID> lock(UUID repairOrderId) {
		return this.jdbc.sql("SELECT dealer_id FROM service_parts_repair_orders WHERE repair_order_id = ? FOR UPDATE")
			.param(repairOrderId)
			.query(UUID.class)
			.optional();
	}

	/** The order's lines, in part-number order. */
	List<PartReservation> of(UUID repairOrderId) {
		return this.jdbc.sql("SELECT * FROM service_parts_reservations WHERE repair_order_id = ? ORDER BY part_number")
			.param(repairOrderId)
			.query((rs, n) -> reservation(rs))
			.list();
	}

	void insert(PartReservation r) {
		this.jdbc.sql("""
				INSERT INTO service_parts_reservations (repair_order_id, part_number, dealer_id, quantity, status,
				    reserved_at, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(r.repairOrderId(), r.partNumber(), r.dealerId(), r.quantity(), r.status().name(),
					Timestamp.from(r.reservedAt()), Timestamp.from(r.changedAt()))
			.update();
	}

	void update(UUID repairOrderId, String partNumber, int quantity, ReservationStatus status, Instant now) {
		this.jdbc.sql("""
				UPDATE service_parts_reservations SET quantity = ?, status = ?, changed_at = ?
				WHERE repair_order_id = ? AND part_number = ?
				""").params(quantity, status.name(), Timestamp.from(now), repairOrderId, partNumber).update();
	}

	List<PartReservation> find(Where where, PageRequest page) {
		return this.jdbc
			.sql("SELECT * FROM service_parts_reservations r WHERE " + where.sql()
					+ " ORDER BY r.reserved_at DESC, r.repair_order_id, r.part_number"
					+ " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(where.params())
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> reservation(rs))
			.list();
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*) FROM service_parts_reservations r WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	private static PartReservation reservation(ResultSet rs) throws SQLException {
		return new PartReservation(rs.getObject("repair_order_id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getString("part_number"), rs.getInt("quantity"), ReservationStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("reserved_at").toInstant(), rs.getTimestamp("changed_at").toInstant());
	}

}
