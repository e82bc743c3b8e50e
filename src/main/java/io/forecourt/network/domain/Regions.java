package io.forecourt.network.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ETags;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored regions. Reads see only what the current principal's scope covers: HQ every
 * region, a region manager their own, dealer staff the region of their dealer.
 */
@Repository
public class Regions {

	private final JdbcClient jdbc;

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Region> findAllVisible() {
		ScopePredicate visible = visible();
		return this.jdbc.sql("SELECT * FROM regions r WHERE " + visible.sql() + " ORDER BY r.code")
			.params(visible.params())
			.query(Regions::map)
			.list();
	}

	public Optional<Region> findVisible(UUID id) {
		ScopePredicate visible = visible();
		return this.jdbc.sql("SELECT * FROM regions r WHERE r.id = :id AND " + visible.sql())
			.params(visible.params())
			.param("id", id)
			.query(Regions::map)
			.optional();
	}

	/**
	 * Whether the region exists at all, regardless of scope (to tell a denial from a
	 * miss).
	 */
	public boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM regions WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	/** Every region's id by its code, regardless of scope: for the public network API. */
	public java.util.Map<String, UUID> idsByCodeUnscoped() {
		java.util.Map<String, UUID> ids = new java.util.LinkedHashMap<>();
		this.jdbc.sql("SELECT code, id FROM regions ORDER BY code")
			.query((rs, n) -> ids.put(rs.getString("code"), rs.getObject("id", UUID.class)))
			.list();
		return ids;
	}

	public boolean codeTaken(String code) {
		return this.jdbc.sql("SELECT count(*) FROM regions WHERE code = ?").param(code).query(Long.class).single() > 0;
	}

	public void insert(Region region) {
		this.jdbc
			.sql("INSERT INTO regions (id, oem_id, code, name_zh, name_en, version, created_at, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?, 0, ?, ?)")
			.params(region.id(), region.oemId(), region.code(), region.nameZh(), region.nameEn(),
					Timestamp.from(region.createdAt()), Timestamp.from(region.updatedAt()))
			.update();
	}

	/**
	 * Saves a change made on top of {@code expectedVersion}; fails if someone else got
	 * there first.
	 */
	public void update(Region region, long expectedVersion) {
		int updated = this.jdbc
			.sql("UPDATE regions SET name_zh = ?, name_en = ?, updated_at = ?, version = version + 1"
					+ " WHERE id = ? AND version = ?")
			.params(region.nameZh(), region.nameEn(), Timestamp.from(region.updatedAt()), region.id(), expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Region", region.id());
		}
		region.stored(expectedVersion + 1);
	}

	private ScopePredicate visible() {
		AccessScope scope = CurrentAccess.scope();
		Set<UUID> regionOfDealer = scope.dealerId() == null ? Set.of()
				: this.jdbc.sql("SELECT region_id FROM dealers WHERE id = ?")
					.param(scope.dealerId())
					.query(UUID.class)
					.set();
		return ScopePredicate.ofRegion(scope, "r.id", regionOfDealer);
	}

	private static Region map(ResultSet rs, int row) throws SQLException {
		return new Region(rs.getObject("id", UUID.class), rs.getObject("oem_id", UUID.class), rs.getString("code"),
				rs.getString("name_zh"), rs.getString("name_en"), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
