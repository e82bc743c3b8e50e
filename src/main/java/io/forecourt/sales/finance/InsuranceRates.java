package io.forecourt.sales.finance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored insurance estimate rates by seat band. */
@Repository
class InsuranceRates {

	private final JdbcClient jdbc;

	InsuranceRates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<InsuranceRate> findAll() {
		return this.jdbc.sql("SELECT * FROM sales_insurance_rates ORDER BY min_seats, valid_from")
			.query(InsuranceRates::map)
			.list();
	}

	Optional<InsuranceRate> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM sales_insurance_rates WHERE id = ?")
			.param(id)
			.query(InsuranceRates::map)
			.optional();
	}

	void insert(InsuranceRate rate) {
		this.jdbc
			.sql("INSERT INTO sales_insurance_rates (id, min_seats, max_seats, compulsory_premium, commercial_base,"
					+ " commercial_rate_percent, description, valid_from, valid_to, version, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
			.params(rate.id(), rate.minSeats(), rate.maxSeats(), rate.compulsoryPremium(), rate.commercialBase(),
					rate.commercialRatePercent(), rate.description(), Date.valueOf(rate.validity().from()),
					CostTableLocks.date(rate.validity().to()), Timestamp.from(rate.updatedAt()))
			.update();
	}

	void update(InsuranceRate rate, long expectedVersion) {
		int updated = this.jdbc
			.sql("UPDATE sales_insurance_rates SET min_seats = ?, max_seats = ?, compulsory_premium = ?,"
					+ " commercial_base = ?, commercial_rate_percent = ?, description = ?, valid_from = ?,"
					+ " valid_to = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(rate.minSeats(), rate.maxSeats(), rate.compulsoryPremium(), rate.commercialBase(),
					rate.commercialRatePercent(), rate.description(), Date.valueOf(rate.validity().from()),
					CostTableLocks.date(rate.validity().to()), Timestamp.from(rate.updatedAt()), rate.id(),
					expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Insurance rate", rate.id());
		}
	}

	private static InsuranceRate map(ResultSet rs, int row) throws SQLException {
		return new InsuranceRate(rs.getObject("id", UUID.class), rs.getInt("min_seats"), rs.getInt("max_seats"),
				rs.getBigDecimal("compulsory_premium"), rs.getBigDecimal("commercial_base"),
				rs.getBigDecimal("commercial_rate_percent"), rs.getString("description"), CostTableLocks.validity(rs),
				rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
	}

}
