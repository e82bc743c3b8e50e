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
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The service_parts_stock table. Every change to a quantity is one conditional UPDATE
 * that answers how many rows it changed: {@code reserved = reserved + q WHERE on_hand -
 * reserved >= q}, never a value read first and written back. The database, not this JVM,
 * decides which of two racing changes fits; the row lock the UPDATE takes holds until the
 * transaction ends, so what follows in it (the journal, the low-stock check) sees the row
 * as this change left it. No scope here: the services check the dealer first.
 */
@Repository
class StockLevels {

	static final String COLUMNS = "s.dealer_id, s.part_number, p.name_zh, p.name_en, p.unit, p.superseded_by,"
			+ " s.on_hand, s.reserved, s.reorder_point, s.reorder_quantity, s.bin_location, s.low_since, s.version,"
			+ " s.updated_at";

	static final String FROM = " FROM service_parts_stock s JOIN service_parts p ON p.part_number = s.part_number";

	private final JdbcClient jdbc;

	StockLevels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts stocking the part at the dealer (nothing on hand), unless it already is.
	 * @return whether the row is new
	 */
	boolean open(UUID dealerId, String partNumber, @Nullable String bin, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO service_parts_stock (dealer_id, part_number, on_hand, reserved, reorder_point,
				    reorder_quantity, bin_location, version, created_at, updated_at)
				VALUES (?, ?, 0, 0, 0, 0, ?, 0, ?, ?)
				ON CONFLICT DO NOTHING
				""").params(dealerId, partNumber, bin, ts(now), ts(now)).update() == 1;
	}

	Optional<StockLevel> find(UUID dealerId, String partNumber) {
		return this.jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE s.dealer_id = ? AND s.part_number = ?")
			.params(dealerId, partNumber)
			.query((rs, n) -> level(rs))
			.optional();
	}

	/**
	 * Locks the row until the transaction ends and reads it; empty when there is none.
	 */
	Optional<StockLevel> lock(UUID dealerId, String partNumber) {
		boolean found = this.jdbc
			.sql("SELECT part_number FROM service_parts_stock WHERE dealer_id = ? AND part_number = ? FOR UPDATE")
			.params(dealerId, partNumber)
			.query(String.class)
			.optional()
			.isPresent();
		return found ? find(dealerId, partNumber) : Optional.empty();
	}

	/** The available quantity now (0 when the dealer does not stock the part). */
	int available(UUID dealerId, String partNumber) {
		return this.jdbc
			.sql("SELECT on_hand - reserved FROM service_parts_stock WHERE dealer_id = ? AND part_number = ?")
			.params(dealerId, partNumber)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	List<StockLevel> find(Where where, PageRequest page) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + FROM + " WHERE " + where.sql()
					+ " ORDER BY s.part_number, s.dealer_id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.params(where.params())
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> level(rs))
			.list();
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*)" + FROM + " WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** Holds q more for repair orders, if that many are available. */
	int reserve(UUID dealerId, String partNumber, int quantity, Instant now) {
		return this.jdbc.sql("""
				UPDATE service_parts_stock SET reserved = reserved + :q, updated_at = :now
				WHERE dealer_id = :dealer AND part_number = :part AND on_hand - reserved >= :q
				""")
			.param("q", quantity)
			.param("now", ts(now))
			.param("dealer", dealerId)
			.param("part", partNumber)
			.update();
	}

	/** Gives back q held for repair orders. */
	int unreserve(UUID dealerId, String partNumber, int quantity, Instant now) {
		return this.jdbc.sql("""
				UPDATE service_parts_stock SET reserved = reserved - :q, updated_at = :now
				WHERE dealer_id = :dealer AND part_number = :part AND reserved >= :q
				""")
			.param("q", quantity)
			.param("now", ts(now))
			.param("dealer", dealerId)
			.param("part", partNumber)
			.update();
	}

	/** Takes q held parts off the shelf: fitted to a car. */
	int consume(UUID dealerId, String partNumber, int quantity, Instant now) {
		return this.jdbc.sql("""
				UPDATE service_parts_stock SET on_hand = on_hand - :q, reserved = reserved - :q, updated_at = :now
				WHERE dealer_id = :dealer AND part_number = :part AND reserved >= :q
				""")
			.param("q", quantity)
			.param("now", ts(now))
			.param("dealer", dealerId)
			.param("part", partNumber)
			.update();
	}

	/** Puts q received parts on the shelf, in the bin when one is given. */
	int receive(UUID dealerId, String partNumber, int quantity, @Nullable String bin, Instant now) {
		String setBin = bin == null ? "" : ", bin_location = :bin";
		var sql = this.jdbc
			.sql("UPDATE service_parts_stock SET on_hand = on_hand + :q, updated_at = :now" + setBin
					+ " WHERE dealer_id = :dealer AND part_number = :part")
			.param("q", quantity)
			.param("now", ts(now))
			.param("dealer", dealerId)
			.param("part", partNumber);
		return (bin == null ? sql : sql.param("bin", bin)).update();
	}

	/**
	 * Sets on hand to what a stocktake counted, as long as it still covers what repair
	 * orders hold.
	 */
	int count(UUID dealerId, String partNumber, int counted, Instant now) {
		return this.jdbc.sql("""
				UPDATE service_parts_stock SET on_hand = :counted, updated_at = :now
				WHERE dealer_id = :dealer AND part_number = :part AND reserved <= :counted
				""")
			.param("counted", counted)
			.param("now", ts(now))
			.param("dealer", dealerId)
			.param("part", partNumber)
			.update();
	}

	/** Changes the settings if they are still at the version. */
	int settings(UUID dealerId, String partNumber, long version, int reorderPoint, int reorderQuantity,
			@Nullable String bin, Instant now) {
		return this.jdbc.sql("""
				UPDATE service_parts_stock SET reorder_point = ?, reorder_quantity = ?, bin_location = ?,
				    updated_at = ?, version = version + 1
				WHERE dealer_id = ? AND part_number = ? AND version = ?
				""").params(reorderPoint, reorderQuantity, bin, ts(now), dealerId, partNumber, version).update();
	}

	/**
	 * Marks the part low when it has just fallen below its reorder point: 1 for the
	 * change that crossed, 0 when it was already low or is not.
	 */
	int markLow(UUID dealerId, String partNumber, Instant now) {
		return this.jdbc.sql("""
				UPDATE service_parts_stock SET low_since = ?
				WHERE dealer_id = ? AND part_number = ? AND low_since IS NULL AND on_hand - reserved < reorder_point
				""").params(ts(now), dealerId, partNumber).update();
	}

	/** Clears the low mark when the part is back at or above its reorder point. */
	int clearLow(UUID dealerId, String partNumber) {
		return this.jdbc
			.sql("""
					UPDATE service_parts_stock SET low_since = NULL
					WHERE dealer_id = ? AND part_number = ? AND low_since IS NOT NULL AND on_hand - reserved >= reorder_point
					""")
			.params(dealerId, partNumber)
			.update();
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	static StockLevel level(ResultSet rs) throws SQLException {
		Timestamp low = rs.getTimestamp("low_since");
		return new StockLevel(rs.getObject("dealer_id", UUID.class), rs.getString("part_number"),
				rs.getString("name_zh"), rs.getString("name_en"), PartUnit.valueOf(rs.getString("unit")),
				rs.getString("superseded_by"), rs.getInt("on_hand"), rs.getInt("reserved"), rs.getInt("reorder_point"),
				rs.getInt("reorder_quantity"), rs.getString("bin_location"), low == null ? null : low.toInstant(),
				rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
	}

}
