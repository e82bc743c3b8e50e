package io.forecourt.service.repairs;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The repair order tables: orders, their lines and step stamps, labour rates and the
 * vehicles' service history.
 */
@Repository
class RepairRecords {

	private final JdbcClient jdbc;

	RepairRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RepairOrder o) {
		this.jdbc.sql("""
				INSERT INTO service_repair_orders (id, dealer_id, customer_id, appointment_id, service_type_code, vin,
				    plate, mileage_km, bay_id, technician_id, owner_first_name, step, step_at, progress_token,
				    opened_by, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(o.id(), o.dealerId(), o.customerId(), o.appointmentId(), o.serviceTypeCode(), o.vin(), o.plate(),
					o.mileageKm(), o.bayId(), o.technicianId(), o.ownerFirstName(), o.step().name(), ts(o.stepAt()),
					o.progressToken(), o.openedBy(), ts(o.createdAt()), ts(o.updatedAt()))
			.update();
	}

	/**
	 * Writes the order's new step over the version it was read at.
	 * @throws ProblemException conflict if it changed in between
	 */
	RepairOrder save(RepairOrder o) {
		int updated = this.jdbc.sql("""
				UPDATE service_repair_orders SET step = ?, step_at = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?
				""").params(o.step().name(), ts(o.stepAt()), ts(o.updatedAt()), o.id(), o.version()).update();
		if (updated != 1) {
			throw ProblemException.conflict("Repair order " + o.id() + " was changed at the same time; try again");
		}
		return new RepairOrder(o.id(), o.dealerId(), o.customerId(), o.appointmentId(), o.serviceTypeCode(), o.vin(),
				o.plate(), o.mileageKm(), o.bayId(), o.technicianId(), o.ownerFirstName(), o.step(), o.stepAt(),
				o.progressToken(), o.openedBy(), o.createdAt(), o.updatedAt(), o.version() + 1);
	}

	/** Bumps the version when only lines changed, so If-Match sees it. */
	RepairOrder touch(RepairOrder o, Instant now) {
		RepairOrder same = new RepairOrder(o.id(), o.dealerId(), o.customerId(), o.appointmentId(), o.serviceTypeCode(),
				o.vin(), o.plate(), o.mileageKm(), o.bayId(), o.technicianId(), o.ownerFirstName(), o.step(),
				o.stepAt(), o.progressToken(), o.openedBy(), o.createdAt(), now, o.version());
		return save(same);
	}

	Optional<RepairOrder> lockVisible(UUID id, ScopePredicate scope) {
		return this.jdbc
			.sql("SELECT * FROM service_repair_orders r WHERE r.id = :id AND " + scope.sql() + " FOR UPDATE")
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> order(rs))
			.optional();
	}

	Optional<RepairOrder> findVisible(UUID id, ScopePredicate scope) {
		return this.jdbc.sql("SELECT * FROM service_repair_orders r WHERE r.id = :id AND " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> order(rs))
			.optional();
	}

	Optional<RepairOrder> lockByToken(String token) {
		return this.jdbc.sql("SELECT * FROM service_repair_orders WHERE progress_token = ? FOR UPDATE")
			.param(token)
			.query((rs, n) -> order(rs))
			.optional();
	}

	Optional<RepairOrder> findByToken(String token) {
		return this.jdbc.sql("SELECT * FROM service_repair_orders WHERE progress_token = ?")
			.param(token)
			.query((rs, n) -> order(rs))
			.optional();
	}

	Optional<RepairOrder> findByAppointment(UUID appointmentId) {
		return this.jdbc.sql("SELECT * FROM service_repair_orders WHERE appointment_id = ?")
			.param(appointmentId)
			.query((rs, n) -> order(rs))
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM service_repair_orders WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0;
	}

	/** The dealer's orders still in the workshop, oldest step first. */
	List<RepairOrder> openAt(UUID dealerId) {
		return this.jdbc.sql("""
				SELECT * FROM service_repair_orders
				WHERE dealer_id = ? AND step NOT IN ('DELIVERED', 'CANCELLED')
				ORDER BY step_at, id
				""").param(dealerId).query((rs, n) -> order(rs)).list();
	}

	void insertLine(RepairLine l) {
		this.jdbc.sql("""
				INSERT INTO service_repair_order_lines (id, repair_order_id, line_no, kind, description, part_number,
				    quantity, unit_price, amount, status, extra, added_by, added_at, sent_at, decided_by, decided_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(l.id(), l.repairOrderId(), l.position(), l.kind().name(), l.description(), l.partNumber(),
					l.quantity(), l.unitPrice(), l.amount(), l.status().name(), l.extra(), l.addedBy(), ts(l.addedAt()),
					ts(l.sentAt()), l.decidedBy(), ts(l.decidedAt()))
			.update();
	}

	void saveLine(RepairLine l) {
		this.jdbc.sql("""
				UPDATE service_repair_order_lines SET status = ?, sent_at = ?, decided_by = ?, decided_at = ?
				WHERE id = ?
				""").params(l.status().name(), ts(l.sentAt()), l.decidedBy(), ts(l.decidedAt()), l.id()).update();
	}

	int deleteLine(UUID lineId) {
		return this.jdbc.sql("DELETE FROM service_repair_order_lines WHERE id = ?").param(lineId).update();
	}

	List<RepairLine> lines(UUID repairOrderId) {
		return this.jdbc.sql("SELECT * FROM service_repair_order_lines WHERE repair_order_id = ? ORDER BY line_no")
			.param(repairOrderId)
			.query((rs, n) -> line(rs))
			.list();
	}

	int nextPosition(UUID repairOrderId) {
		return this.jdbc
			.sql("SELECT COALESCE(MAX(line_no), 0) + 1 FROM service_repair_order_lines WHERE repair_order_id = ?")
			.param(repairOrderId)
			.query(Integer.class)
			.single();
	}

	void stamp(UUID repairOrderId, RepairStep step, Instant at, String by) {
		this.jdbc.sql("""
				INSERT INTO service_repair_order_steps (repair_order_id, seq, step, moved_at, moved_by)
				SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM service_repair_order_steps WHERE repair_order_id = ?
				""").params(repairOrderId, step.name(), ts(at), by, repairOrderId).update();
	}

	List<StepStamp> steps(UUID repairOrderId) {
		return this.jdbc.sql("SELECT * FROM service_repair_order_steps WHERE repair_order_id = ? ORDER BY seq")
			.param(repairOrderId)
			.query((rs, n) -> new StepStamp(rs.getInt("seq"), RepairStep.valueOf(rs.getString("step")),
					rs.getTimestamp("moved_at").toInstant(), rs.getString("moved_by")))
			.list();
	}

	Optional<BigDecimal> labourRate(UUID dealerId) {
		return this.jdbc.sql("SELECT hourly_rate FROM service_labour_rates WHERE dealer_id = ?")
			.param(dealerId)
			.query(BigDecimal.class)
			.optional();
	}

	void setLabourRate(UUID dealerId, BigDecimal rate, String by, Instant at) {
		if (this.jdbc.sql("UPDATE service_labour_rates SET hourly_rate = ?, set_by = ?, set_at = ? WHERE dealer_id = ?")
			.params(rate, by, ts(at), dealerId)
			.update() == 0) {
			this.jdbc
				.sql("INSERT INTO service_labour_rates (dealer_id, hourly_rate, set_by, set_at) VALUES (?, ?, ?, ?)")
				.params(dealerId, rate, by, ts(at))
				.update();
		}
	}

	void insertHistory(ServiceVisit v, UUID repairOrderId) {
		this.jdbc.sql("""
				INSERT INTO service_history (repair_order_id, vin, plate, dealer_id, service_date, mileage_km, work,
				    total, delivered_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(repairOrderId, v.vin(), v.plate(), v.dealerId(), v.date(), v.mileageKm(),
					String.join("\n", v.work()), v.total(), ts(v.deliveredAt()))
			.update();
	}

	List<ServiceVisit> history(String vin) {
		return this.jdbc.sql("SELECT * FROM service_history WHERE vin = ? ORDER BY delivered_at DESC")
			.param(vin)
			.query((rs, n) -> new ServiceVisit(rs.getObject("repair_order_id", UUID.class), rs.getString("vin"),
					rs.getString("plate"), rs.getObject("dealer_id", UUID.class),
					rs.getObject("service_date", LocalDate.class), (Integer) rs.getObject("mileage_km"),
					List.of(rs.getString("work").split("\n")), rs.getBigDecimal("total"),
					rs.getTimestamp("delivered_at").toInstant()))
			.list();
	}

	private static RepairOrder order(ResultSet rs) throws SQLException {
		return new RepairOrder(rs.getObject("id", UUID.class), rs.getObject("dealer_id", UUID.class),
				rs.getObject("customer_id", UUID.class), rs.getObject("appointment_id", UUID.class),
				rs.getString("service_type_code"), rs.getString("vin"), rs.getString("plate"),
				(Integer) rs.getObject("mileage_km"), rs.getObject("bay_id", UUID.class),
				rs.getObject("technician_id", UUID.class), rs.getString("owner_first_name"),
				RepairStep.valueOf(rs.getString("step")), instant(rs, "step_at"), rs.getString("progress_token"),
				rs.getString("opened_by"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
	}

	private static RepairLine line(ResultSet rs) throws SQLException {
		return new RepairLine(rs.getObject("id", UUID.class), rs.getObject("repair_order_id", UUID.class),
				rs.getInt("line_no"), RepairLine.Kind.valueOf(rs.getString("kind")), rs.getString("description"),
				rs.getString("part_number"), rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"),
				rs.getBigDecimal("amount"), RepairLine.Status.valueOf(rs.getString("status")), rs.getBoolean("extra"),
				rs.getString("added_by"), instant(rs, "added_at"), nullableInstant(rs, "sent_at"),
				rs.getString("decided_by"), nullableInstant(rs, "decided_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
