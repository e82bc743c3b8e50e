package io.forecourt.sales.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.Powertrain;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored catalog items of every kind. */
@Repository
class CatalogItems {

	private final JdbcClient jdbc;

	CatalogItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every item: models first, then trims, colours, packages, accessories; by sort order
	 * within a kind.
	 */
	List<CatalogItem> findAll() {
		return this.jdbc.sql("SELECT * FROM catalog_items")
			.query(CatalogItems::map)
			.list()
			.stream()
			.sorted(Comparator.comparing(CatalogItem::kind)
				.thenComparingInt(CatalogItem::sortOrder)
				.thenComparing(CatalogItem::code))
			.toList();
	}

	Optional<CatalogItem> find(String code) {
		return this.jdbc.sql("SELECT * FROM catalog_items WHERE code = ?")
			.param(code)
			.query(CatalogItems::map)
			.optional();
	}

	/** Whether any item has this code (codes are unique across kinds). */
	boolean exists(String code) {
		return this.jdbc.sql("SELECT count(*) FROM catalog_items WHERE code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * @throws ProblemException 409 when the code is taken (the primary key decides when
	 * two requests race)
	 */
	void insert(CatalogItem item) {
		try {
			this.jdbc
				.sql("INSERT INTO catalog_items (code, kind, model_code, name_zh, name_en, powertrain, body_type,"
						+ " colour_hex, active, sort_order, version, updated_at)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
				.params(item.code(), item.kind().name(), item.modelCode(), item.nameZh(), item.nameEn(),
						item.powertrain() == null ? null : item.powertrain().name(), item.bodyType(), item.colourHex(),
						item.active(), item.sortOrder(), Timestamp.from(item.updatedAt()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.duplicate("code", item.code());
		}
	}

	/** Saves a change made on top of {@code expectedVersion}; fails if it is stale. */
	void update(CatalogItem item, long expectedVersion) {
		int updated = this.jdbc
			.sql("UPDATE catalog_items SET name_zh = ?, name_en = ?, powertrain = ?, body_type = ?, colour_hex = ?,"
					+ " active = ?, sort_order = ?, updated_at = ?, version = version + 1"
					+ " WHERE code = ? AND version = ?")
			.params(item.nameZh(), item.nameEn(), item.powertrain() == null ? null : item.powertrain().name(),
					item.bodyType(), item.colourHex(), item.active(), item.sortOrder(),
					Timestamp.from(item.updatedAt()), item.code(), expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Catalog item", item.code());
		}
	}

	private static CatalogItem map(ResultSet rs, int row) throws SQLException {
		String powertrain = rs.getString("powertrain");
		return new CatalogItem(rs.getString("code"), ChoiceKind.valueOf(rs.getString("kind")),
				rs.getString("model_code"), rs.getString("name_zh"), rs.getString("name_en"),
				powertrain == null ? null : Powertrain.valueOf(powertrain), rs.getString("body_type"),
				rs.getString("colour_hex"), rs.getBoolean("active"), rs.getInt("sort_order"), rs.getLong("version"),
				rs.getTimestamp("updated_at").toInstant());
	}

}
