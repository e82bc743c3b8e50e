package io.forecourt.network.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.geo.GeoPoint;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.network.DealerStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored dealers. Every read applies the current principal's scope in SQL: HQ sees all
 * dealers, a region manager the dealers of their region, dealer staff their own dealer.
 * {@link #findAnyById} and the {@code ...Unscoped} methods are for the module's own
 * system work (the public {@code DealerNetwork} API, seeding) and say so in their names.
 */
@Repository
public class Dealers {

	private static final String SELECT = "SELECT * FROM dealers d WHERE ";

	private final JdbcClient jdbc;

	Dealers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Dealer> findVisible(UUID id) {
		ScopePredicate visible = visible();
		return this.jdbc.sql(SELECT + "d.id = :id AND " + visible.sql())
			.params(visible.params())
			.param("id", id)
			.query(Dealers::map)
			.optional();
	}

	public Page<Dealer> search(DealerSearch search, PageRequest page) {
		Where where = Where.scoped(visible())
			.andContains("(lower(d.code) LIKE :text ESCAPE '\\' OR lower(d.name_zh) LIKE :text ESCAPE '\\'"
					+ " OR lower(d.name_en) LIKE :text ESCAPE '\\')", "text", search.text())
			.and("d.region_id = :regionId", "regionId", search.regionId())
			.and("d.city_code = :cityCode", "cityCode", search.cityCode())
			.and("d.status = :status", "status", search.status() == null ? null : search.status().name());
		long total = this.jdbc.sql("SELECT count(*) FROM dealers d WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<Dealer> items = this.jdbc.sql(SELECT + where.sql() + " ORDER BY d.code LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Dealers::map)
			.list();
		return Page.of(items, page, total);
	}

	/** Any dealer, regardless of scope: for system work and cross-module questions. */
	public Optional<Dealer> findAnyById(UUID id) {
		return this.jdbc.sql(SELECT + "d.id = ?").param(id).query(Dealers::map).optional();
	}

	/**
	 * Any of these dealers, regardless of scope: for labelling another module's figures.
	 */
	public List<Dealer> findAnyByIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + "d.id IN (:ids) ORDER BY d.code").param("ids", ids).query(Dealers::map).list();
	}

	/** Active dealers of a city, regardless of scope: for routing work to dealers. */
	public List<Dealer> findActiveInCityUnscoped(String cityCode) {
		return this.jdbc.sql(SELECT + "d.city_code = ? AND d.status = 'ACTIVE' ORDER BY d.code")
			.param(cityCode)
			.query(Dealers::map)
			.list();
	}

	public List<Dealer> findAllActiveUnscoped() {
		return this.jdbc.sql(SELECT + "d.status = 'ACTIVE' ORDER BY d.code").query(Dealers::map).list();
	}

	public boolean exists(UUID id) {
		return this.jdbc.sql("SELECT count(*) FROM dealers WHERE id = ?").param(id).query(Long.class).single() > 0;
	}

	public boolean codeTaken(String code) {
		return this.jdbc.sql("SELECT count(*) FROM dealers WHERE code = ?").param(code).query(Long.class).single() > 0;
	}

	public Set<UUID> idsInRegion(UUID regionId) {
		return this.jdbc.sql("SELECT id FROM dealers WHERE region_id = ?").param(regionId).query(UUID.class).set();
	}

	public Optional<UUID> regionOf(UUID dealerId) {
		return this.jdbc.sql("SELECT region_id FROM dealers WHERE id = ?").param(dealerId).query(UUID.class).optional();
	}

	public void insert(Dealer dealer) {
		this.jdbc
			.sql("INSERT INTO dealers (id, oem_id, region_id, code, name_zh, name_en, address, city_code, latitude,"
					+ " longitude, phone, opening_hours, brands, workshop_bays, status, version, created_at, updated_at)"
					+ " VALUES (:id, :oemId, :regionId, :code, :nameZh, :nameEn, :address, :cityCode, :latitude,"
					+ " :longitude, :phone, :openingHours, :brands, :workshopBays, :status, 0, :createdAt, :updatedAt)")
			.params(columns(dealer))
			.param("oemId", dealer.oemId())
			.param("code", dealer.code())
			.param("createdAt", Timestamp.from(dealer.createdAt()))
			.update();
	}

	/**
	 * Saves a change made on top of {@code expectedVersion}; fails if someone else got
	 * there first.
	 */
	public void update(Dealer dealer, long expectedVersion) {
		int updated = this.jdbc
			.sql("UPDATE dealers SET region_id = :regionId, name_zh = :nameZh, name_en = :nameEn, address = :address,"
					+ " city_code = :cityCode, latitude = :latitude, longitude = :longitude, phone = :phone,"
					+ " opening_hours = :openingHours, brands = :brands, workshop_bays = :workshopBays,"
					+ " status = :status, updated_at = :updatedAt, version = version + 1"
					+ " WHERE id = :id AND version = :expectedVersion")
			.params(columns(dealer))
			.param("expectedVersion", expectedVersion)
			.update();
		if (updated == 0) {
			throw ETags.stale("Dealer", dealer.id());
		}
		dealer.stored(expectedVersion + 1);
	}

	private static Map<String, Object> columns(Dealer dealer) {
		DealerProfile profile = dealer.profile();
		Map<String, Object> columns = new HashMap<>();
		columns.put("id", dealer.id());
		columns.put("regionId", dealer.regionId());
		columns.put("nameZh", profile.nameZh());
		columns.put("nameEn", profile.nameEn());
		columns.put("address", profile.address());
		columns.put("cityCode", profile.city().value());
		columns.put("latitude", coordinate(profile.location().latitude()));
		columns.put("longitude", coordinate(profile.location().longitude()));
		columns.put("phone", profile.phone().e164());
		columns.put("openingHours", profile.openingHours().format());
		columns.put("brands", String.join(",", profile.brands()));
		columns.put("workshopBays", profile.workshopBays());
		columns.put("status", dealer.status().name());
		columns.put("updatedAt", Timestamp.from(dealer.updatedAt()));
		return columns;
	}

	private static BigDecimal coordinate(double degrees) {
		return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP);
	}

	private static ScopePredicate visible() {
		return ScopePredicate.ofDealerAndRegion(CurrentAccess.scope(), "d.id", "d.region_id");
	}

	static Dealer map(ResultSet rs, int row) throws SQLException {
		DealerProfile profile = new DealerProfile(rs.getString("name_zh"), rs.getString("name_en"),
				rs.getString("address"), new CityCode(rs.getString("city_code")),
				new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
				new PhoneNumber(rs.getString("phone")), OpeningHours.parse(rs.getString("opening_hours")),
				Arrays.stream(rs.getString("brands").split(",")).collect(Collectors.toSet()),
				rs.getInt("workshop_bays"));
		return Dealer.restore(rs.getObject("id", UUID.class), rs.getObject("oem_id", UUID.class),
				rs.getObject("region_id", UUID.class), rs.getString("code"), profile,
				DealerStatus.valueOf(rs.getString("status")), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
