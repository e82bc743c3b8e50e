package io.forecourt.sales.catalog;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.sales.Powertrain;
import io.forecourt.sales.PriceLine;
import io.forecourt.sales.PriceLineKind;
import io.forecourt.sales.PricedConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Configurations as they were priced, by share code. */
@Repository
class StoredConfigurations {

	private final JdbcClient jdbc;

	StoredConfigurations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the configuration under its code unless that code is taken (then nothing is
	 * written, and the caller tries another). ON CONFLICT rather than catching the unique
	 * violation, because on PostgreSQL a failed statement dooms the whole transaction.
	 * @return whether it was stored
	 */
	boolean insertIfCodeFree(PricedConfiguration configuration, String createdBy, @Nullable UUID dealerId,
			ConfigurationChannel channel) {
		int inserted = this.jdbc
			.sql("INSERT INTO vehicle_configurations (code, model_code, trim_code, exterior_colour_code,"
					+ " interior_colour_code, name_zh, name_en, powertrain, msrp_total, dealer_price_total, priced_on,"
					+ " created_at, created_by, dealer_id, channel)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(configuration.code(), configuration.modelCode(), configuration.trimCode(),
					configuration.exteriorColourCode(), configuration.interiorColourCode(), configuration.nameZh(),
					configuration.nameEn(), configuration.powertrain().name(), configuration.msrpTotal(),
					configuration.dealerPriceTotal(), Date.valueOf(configuration.pricedOn()),
					Timestamp.from(configuration.createdAt()), createdBy, dealerId, channel.name())
			.update();
		if (inserted == 0) {
			return false;
		}
		List<PriceLine> lines = configuration.lines();
		for (int i = 0; i < lines.size(); i++) {
			PriceLine line = lines.get(i);
			this.jdbc
				.sql("INSERT INTO vehicle_configuration_lines (configuration_code, position, kind, item_code, name_zh,"
						+ " name_en, msrp, dealer_price, included_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(configuration.code(), i, line.kind().name(), line.code(), line.nameZh(), line.nameEn(),
						line.msrp(), line.dealerPrice(), line.includedIn())
				.update();
		}
		return true;
	}

	Optional<PricedConfiguration> find(String code) {
		List<PriceLine> lines = this.jdbc
			.sql("SELECT * FROM vehicle_configuration_lines WHERE configuration_code = ? ORDER BY position")
			.param(code)
			.query((rs, row) -> new PriceLine(PriceLineKind.valueOf(rs.getString("kind")), rs.getString("item_code"),
					rs.getString("name_zh"), rs.getString("name_en"), rs.getBigDecimal("msrp"),
					rs.getBigDecimal("dealer_price"), rs.getString("included_in")))
			.list();
		return this.jdbc.sql("SELECT * FROM vehicle_configurations WHERE code = ?")
			.param(code)
			.query((rs, row) -> map(rs, lines))
			.optional();
	}

	boolean exists(String code) {
		return this.jdbc.sql("SELECT count(*) FROM vehicle_configurations WHERE code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	private static PricedConfiguration map(ResultSet rs, List<PriceLine> lines) throws SQLException {
		return new PricedConfiguration(rs.getString("code"), rs.getString("model_code"), rs.getString("trim_code"),
				rs.getString("exterior_colour_code"), rs.getString("interior_colour_code"), rs.getString("name_zh"),
				rs.getString("name_en"), Powertrain.valueOf(rs.getString("powertrain")), lines,
				rs.getBigDecimal("msrp_total"), rs.getBigDecimal("dealer_price_total"),
				rs.getDate("priced_on").toLocalDate(), rs.getTimestamp("created_at").toInstant());
	}

}
