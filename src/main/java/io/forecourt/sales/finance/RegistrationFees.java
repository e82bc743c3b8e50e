package io.forecourt.sales.finance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.web.ETags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored registration fee estimates: the default and the cities' own. */
@Repository
class RegistrationFees {

	private final JdbcClient jdbc;

	RegistrationFees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RegistrationFee> findAll() {
		return this.jdbc
			.sql("SELECT * FROM sales_registration_fees ORDER BY CASE WHEN city_code IS NULL THEN 0 ELSE 1 END,"
					+ " city_code, valid_from")
			.query(RegistrationFees::map)
			.list();
	}

	Optional<RegistrationFee> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM sales_registration_fees WHERE id = ?")
			.param(id)
			.query(RegistrationFees::map)
			.optional();
	}

	void insert(RegistrationFee fee) {
		this.jdbc
			.sql("INSERT INTO sales_registration_fees (id, city_code, amount, description, valid_from, valid_to,"
					+ " version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")
			.params(fee.id(), fee.city() == null ? null : fee.city().value(), fee.amount(), fee.description(),
					Date.valueOf(fee.validity().from()), CostTableLocks.date(fee.validity().to()),
					Timestamp.from(fee.updatedAt()))
			.update();
	}

	void update(RegistrationFee fee, long expectedVersion) {
		int updated = this.jdbc
			.sql("UPDATE sales_registration_fees SET amount = ?, description = ?, valid_from = ?, valid_to = ?,"
					+ " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(fee.amount(), fee.description(), Date.valueOf(fee.validity().from()),
					CostTableLocks.date(fee.validity().to()), Timestamp.from(fee.updatedAt()), fee.id(),
					expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Registration fee", fee.id());
		}
	}

	private static RegistrationFee map(ResultSet rs, int row) throws SQLException {
		String city = rs.getString("city_code");
		return new RegistrationFee(rs.getObject("id", UUID.class), city == null ? null : new CityCode(city.strip()),
				rs.getBigDecimal("amount"), rs.getString("description"), CostTableLocks.validity(rs),
				rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
	}

}
