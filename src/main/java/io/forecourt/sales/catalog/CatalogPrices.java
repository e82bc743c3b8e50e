package io.forecourt.sales.catalog;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.forecourt.kernel.web.ProblemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only price history of catalog items. */
@Repository
class CatalogPrices {

	private final JdbcClient jdbc;

	CatalogPrices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every row of one item's history, the latest first. */
	List<Price> history(String itemCode) {
		return this.jdbc.sql("SELECT * FROM catalog_prices WHERE item_code = ? ORDER BY valid_from DESC")
			.param(itemCode)
			.query(CatalogPrices::map)
			.list();
	}

	/**
	 * The price each item has on {@code day}, by item code: of the rows whose period
	 * holds the day, the one that started last. Items without one are missing.
	 */
	Map<String, Price> validOn(LocalDate day) {
		return this.jdbc
			.sql("SELECT * FROM catalog_prices WHERE valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?)")
			.params(Date.valueOf(day), Date.valueOf(day))
			.query(CatalogPrices::map)
			.list()
			.stream()
			.filter(price -> price.coversDay(day))
			.collect(Collectors.toMap(Price::itemCode, Function.identity(),
					(a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b));
	}

	/**
	 * Adds a row.
	 * @throws ProblemException 409 when the item has a row starting that day already (the
	 * unique constraint decides when two requests race)
	 */
	long insert(Price price) {
		try {
			this.jdbc
				.sql("INSERT INTO catalog_prices (item_code, valid_from, valid_until, msrp, dealer_price, created_at,"
						+ " created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(price.itemCode(), Date.valueOf(price.validFrom()),
						price.validUntil() == null ? null : Date.valueOf(price.validUntil()), price.msrp(),
						price.dealerPrice(), Timestamp.from(price.createdAt()), price.createdBy())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.duplicate("validFrom", price.validFrom());
		}
		return this.jdbc.sql("SELECT id FROM catalog_prices WHERE item_code = ? AND valid_from = ?")
			.params(price.itemCode(), Date.valueOf(price.validFrom()))
			.query(Long.class)
			.single();
	}

	private static Price map(ResultSet rs, int row) throws SQLException {
		Date until = rs.getDate("valid_until");
		return new Price(rs.getLong("id"), rs.getString("item_code"), rs.getDate("valid_from").toLocalDate(),
				until == null ? null : until.toLocalDate(), rs.getBigDecimal("msrp"), rs.getBigDecimal("dealer_price"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
	}

}
