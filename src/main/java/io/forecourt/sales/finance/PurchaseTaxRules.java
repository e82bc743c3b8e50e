package io.forecourt.sales.finance;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored purchase tax rules. */
@Repository
class PurchaseTaxRules {

	private final JdbcClient jdbc;

	PurchaseTaxRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PurchaseTaxRule> findAll() {
		return this.jdbc.sql("SELECT * FROM sales_purchase_tax_rules ORDER BY valid_from")
			.query(PurchaseTaxRules::map)
			.list();
	}

	Optional<PurchaseTaxRule> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM sales_purchase_tax_rules WHERE id = ?")
			.param(id)
			.query(PurchaseTaxRules::map)
			.optional();
	}

	Optional<PurchaseTaxRule> inForceOn(LocalDate day) {
		return this.jdbc
			.sql("SELECT * FROM sales_purchase_tax_rules WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"
					+ " ORDER BY valid_from DESC")
			.params(Date.valueOf(day), Date.valueOf(day))
			.query(PurchaseTaxRules::map)
			.list()
			.stream()
			.findFirst();
	}

	void insert(PurchaseTaxRule rule) {
		this.jdbc
			.sql("INSERT INTO sales_purchase_tax_rules (id, valid_from, valid_to, tax_rate_percent, vat_rate_percent,"
					+ " nev_relief, nev_relief_cap, legal_basis, version, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
			.params(rule.id(), Date.valueOf(rule.validity().from()), CostTableLocks.date(rule.validity().to()),
					rule.taxRatePercent(), rule.vatRatePercent(), rule.nevRelief().name(), rule.nevReliefCap(),
					rule.legalBasis(), Timestamp.from(rule.updatedAt()))
			.update();
	}

	void update(PurchaseTaxRule rule, long expectedVersion) {
		int updated = this.jdbc
			.sql("UPDATE sales_purchase_tax_rules SET valid_from = ?, valid_to = ?, tax_rate_percent = ?,"
					+ " vat_rate_percent = ?, nev_relief = ?, nev_relief_cap = ?, legal_basis = ?, updated_at = ?,"
					+ " version = version + 1 WHERE id = ? AND version = ?")
			.params(Date.valueOf(rule.validity().from()), CostTableLocks.date(rule.validity().to()),
					rule.taxRatePercent(), rule.vatRatePercent(), rule.nevRelief().name(), rule.nevReliefCap(),
					rule.legalBasis(), Timestamp.from(rule.updatedAt()), rule.id(), expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Purchase tax rule", rule.id());
		}
	}

	private static PurchaseTaxRule map(ResultSet rs, int row) throws SQLException {
		return new PurchaseTaxRule(rs.getObject("id", UUID.class), CostTableLocks.validity(rs),
				rs.getBigDecimal("tax_rate_percent"), rs.getBigDecimal("vat_rate_percent"),
				NevRelief.valueOf(rs.getString("nev_relief")), rs.getBigDecimal("nev_relief_cap"),
				rs.getString("legal_basis"), rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
	}

}
