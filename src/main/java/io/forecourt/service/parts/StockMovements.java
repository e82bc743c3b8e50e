package io.forecourt.service.parts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parts journal (service_parts_movements, append-only) and the receipts its receipt
 * lines belong to (service_parts_receipts).
 */
@Repository
class StockMovements {

	private final JdbcClient jdbc;

	StockMovements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(UUID dealerId, String partNumber, MovementKind kind, int quantity, int onHandChange, int reservedChange,
			StockLevel after, @Nullable UUID repairOrderId, @Nullable UUID receiptId, @Nullable String reason,
			@Nullable String note, String actor, Instant at) {
		this.jdbc.sql("""
				INSERT INTO service_parts_movements (dealer_id, part_number, kind, quantity, on_hand_change,
				    reserved_change, on_hand_after, reserved_after, repair_order_id, receipt_id, reason, note, actor,
				    occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(dealerId, partNumber, kind.name(), quantity, onHandChange, reservedChange, after.onHand(),
					after.reserved(), repairOrderId, receiptId, reason, note, actor, Timestamp.from(at))
			.update();
	}

	/** A part's journal at a dealer, latest first. */
	List<StockMovement> of(UUID dealerId, String partNumber, PageRequest page) {
		return this.jdbc.sql("""
				SELECT * FROM service_parts_movements WHERE dealer_id = :dealer AND part_number = :part
				ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY
				""")
			.param("dealer", dealerId)
			.param("part", partNumber)
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> movement(rs))
			.list();
	}

	long count(UUID dealerId, String partNumber) {
		return this.jdbc.sql("SELECT count(*) FROM service_parts_movements WHERE dealer_id = ? AND part_number = ?")
			.params(dealerId, partNumber)
			.query(Long.class)
			.single();
	}

	/**
	 * Records a receipt unless the dealer already has one by this caller under the
	 * idempotency key.
	 * @return whether it was recorded now
	 */
	boolean insertReceipt(UUID id, UUID dealerId, @Nullable String deliveryNote, @Nullable String idempotencyKey,
			String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO service_parts_receipts (id, dealer_id, delivery_note, idempotency_key, received_at,
				    received_by)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING
				""").params(id, dealerId, deliveryNote, idempotencyKey, Timestamp.from(at), by).update() == 1;
	}

	Optional<UUID> receiptByKey(UUID dealerId, String by, String idempotencyKey) {
		return this.jdbc.sql(
				"SELECT id FROM service_parts_receipts WHERE dealer_id = ? AND received_by = ? AND idempotency_key = ?")
			.params(dealerId, by, idempotencyKey)
			.query(UUID.class)
			.optional();
	}

	Optional<Receipt> receipt(UUID id) {
		List<Receipt.Line> lines = this.jdbc.sql("""
				SELECT part_number, quantity, on_hand_after FROM service_parts_movements
				WHERE receipt_id = ? ORDER BY part_number
				""").param(id).query((rs, n) -> new Receipt.Line(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
		return this.jdbc.sql("SELECT * FROM service_parts_receipts WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Receipt(id, rs.getObject("dealer_id", UUID.class), rs.getString("delivery_note"),
					lines, rs.getTimestamp("received_at").toInstant(), rs.getString("received_by")))
			.optional();
	}

	private static StockMovement movement(ResultSet rs) throws SQLException {
		return new StockMovement(rs.getLong("id"), rs.getObject("dealer_id", UUID.class), rs.getString("part_number"),
				MovementKind.valueOf(rs.getString("kind")), rs.getInt("quantity"), rs.getInt("on_hand_change"),
				rs.getInt("reserved_change"), rs.getInt("on_hand_after"), rs.getInt("reserved_after"),
				rs.getObject("repair_order_id", UUID.class), rs.getObject("receipt_id", UUID.class),
				rs.getString("reason"), rs.getString("note"), rs.getString("actor"),
				rs.getTimestamp("occurred_at").toInstant());
	}

}
