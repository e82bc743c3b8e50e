package io.forecourt.sales.finance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises changes to one cost table across instances: a change locks the table's row
 * in {@code sales_finance_table_locks} before it checks that no two rows overlap, so the
 * check and the write are one step even when two HQ users save at once.
 */
@Component
class CostTableLocks {

	static final String PURCHASE_TAX = "purchase-tax";

	static final String REGISTRATION = "registration";

	static final String INSURANCE = "insurance";

	private final JdbcClient jdbc;

	CostTableLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Holds the table's lock until the caller's transaction ends. */
	void lock(String table) {
		this.jdbc.sql("SELECT name FROM sales_finance_table_locks WHERE name = ? FOR UPDATE")
			.param(table)
			.query(String.class)
			.single();
	}

	static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	static ValidityPeriod validity(ResultSet rs) throws SQLException {
		Date to = rs.getDate("valid_to");
		return new ValidityPeriod(rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
	}

}
