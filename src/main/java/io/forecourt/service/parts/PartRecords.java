package io.forecourt.service.parts;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The part master: service_parts and service_part_prices. A part is read with the price
 * in force on the day asked for.
 */
@Repository
class PartRecords {

	/** The part with the price row that holds {@code :today}, when there is one. */
	private static final String SELECT = """
			SELECT p.part_number, p.name_zh, p.name_en, p.unit, p.superseded_by, p.version, p.created_at,
			       p.updated_at, pr.list_price, pr.valid_from
			FROM service_parts p
			LEFT JOIN service_part_prices pr ON pr.part_number = p.part_number
			    AND pr.valid_from = (SELECT max(x.valid_from) FROM service_part_prices x
			                         WHERE x.part_number = p.part_number AND x.valid_from <= :today)
			""";

	private final JdbcClient jdbc;

	PartRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PartNumber number, String nameZh, String nameEn, PartUnit unit, @Nullable String supersededBy,
			Instant now) {
		this.jdbc.sql("""
				INSERT INTO service_parts (part_number, name_zh, name_en, unit, superseded_by, version, created_at,
				    updated_at)
				VALUES (?, ?, ?, ?, ?, 0, ?, ?)
				""")
			.params(number.value(), nameZh, nameEn, unit.name(), supersededBy, Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	/** Changes a part if it is still at the version; answers how many rows changed. */
	int update(String partNumber, long version, String nameZh, String nameEn, PartUnit unit,
			@Nullable String supersededBy, Instant now) {
		return this.jdbc.sql("""
				UPDATE service_parts SET name_zh = ?, name_en = ?, unit = ?, superseded_by = ?, updated_at = ?,
				    version = version + 1
				WHERE part_number = ? AND version = ?
				""")
			.params(nameZh, nameEn, unit.name(), supersededBy, Timestamp.from(now), partNumber, version)
			.update();
	}

	boolean exists(String partNumber) {
		return this.jdbc.sql("SELECT count(*) FROM service_parts WHERE part_number = ?")
			.param(partNumber)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Part> find(String partNumber, LocalDate today) {
		return this.jdbc.sql(SELECT + " WHERE p.part_number = :number")
			.param("today", Date.valueOf(today))
			.param("number", partNumber)
			.query((rs, n) -> part(rs))
			.optional();
	}

	/** The parts of these numbers that exist, by number. */
	Map<String, Part> findAll(Collection<String> partNumbers, LocalDate today) {
		if (partNumbers.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " WHERE p.part_number IN (:numbers)")
			.param("today", Date.valueOf(today))
			.param("numbers", List.copyOf(partNumbers))
			.query((rs, n) -> part(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(Part::partNumber, Function.identity()));
	}

	List<Part> find(Where where, PageRequest page, LocalDate today) {
		return this.jdbc
			.sql(SELECT + " WHERE " + where.sql() + " ORDER BY p.part_number OFFSET :offset ROWS FETCH NEXT :size"
					+ " ROWS ONLY")
			.params(where.params())
			.param("today", Date.valueOf(today))
			.param("offset", page.offset())
			.param("size", page.size())
			.query((rs, n) -> part(rs))
			.list();
	}

	long count(Where where) {
		return this.jdbc.sql("SELECT count(*) FROM service_parts p WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** The part that replaces this one, if any. */
	Optional<String> supersededBy(String partNumber) {
		return this.jdbc.sql("SELECT superseded_by FROM service_parts WHERE part_number = ?")
			.param(partNumber)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(Function.identity());
	}

	/**
	 * Sets the price from a day: replaces the one already set for that day.
	 */
	void savePrice(String partNumber, LocalDate validFrom, BigDecimal listPrice, String by, Instant now) {
		int updated = this.jdbc.sql("""
				UPDATE service_part_prices SET list_price = ?, set_by = ?, set_at = ?
				WHERE part_number = ? AND valid_from = ?
				""").params(listPrice, by, Timestamp.from(now), partNumber, Date.valueOf(validFrom)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO service_part_prices (part_number, valid_from, list_price, set_by, set_at)
					VALUES (?, ?, ?, ?, ?)
					""").params(partNumber, Date.valueOf(validFrom), listPrice, by, Timestamp.from(now)).update();
		}
	}

	/** Every price of the part, latest first. */
	List<PartPrice> prices(String partNumber) {
		return this.jdbc.sql("SELECT * FROM service_part_prices WHERE part_number = ? ORDER BY valid_from DESC")
			.param(partNumber)
			.query((rs, n) -> new PartPrice(rs.getString("part_number"), rs.getObject("valid_from", LocalDate.class),
					rs.getBigDecimal("list_price"), rs.getString("set_by"), rs.getTimestamp("set_at").toInstant()))
			.list();
	}

	private static Part part(ResultSet rs) throws SQLException {
		return new Part(rs.getString("part_number"), rs.getString("name_zh"), rs.getString("name_en"),
				PartUnit.valueOf(rs.getString("unit")), rs.getString("superseded_by"), rs.getBigDecimal("list_price"),
				rs.getObject("valid_from", LocalDate.class), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
