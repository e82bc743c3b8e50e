package io.forecourt.sales.quotes;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sales_discount_limits table. */
@Repository
class DiscountLimits {

	private final JdbcClient jdbc;

	DiscountLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DiscountLimit> find(UUID dealerId) {
		return this.jdbc.sql("SELECT * FROM sales_discount_limits WHERE dealer_id = ?")
			.param(dealerId)
			.query((rs, n) -> new DiscountLimit(dealerId, rs.getBigDecimal("max_amount"),
					rs.getBigDecimal("max_percent"), true, rs.getLong("version")))
			.optional();
	}

	void insert(UUID dealerId, BigDecimal maxAmount, BigDecimal maxPercent, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO sales_discount_limits (dealer_id, max_amount, max_percent, updated_by, updated_at, version)
				VALUES (?, ?, ?, ?, ?, 0)
				""").params(dealerId, maxAmount, maxPercent, by, Timestamp.from(at)).update();
	}

	/**
	 * @return whether the row was still at the expected version
	 */
	boolean update(UUID dealerId, BigDecimal maxAmount, BigDecimal maxPercent, String by, Instant at,
			long expectedVersion) {
		return this.jdbc.sql("""
				UPDATE sales_discount_limits
				SET max_amount = ?, max_percent = ?, updated_by = ?, updated_at = ?, version = version + 1
				WHERE dealer_id = ? AND version = ?
				""").params(maxAmount, maxPercent, by, Timestamp.from(at), dealerId, expectedVersion).update() == 1;
	}

}
