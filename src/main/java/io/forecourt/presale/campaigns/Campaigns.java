package io.forecourt.presale.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored campaigns with their offers, and the rows of their quota. Campaigns are
 * network-wide (HQ's), so reads apply no dealer scope.
 */
@Repository
public class Campaigns {

	private static final String COLUMNS = """
			id, code, name_zh, name_en, brand, model_code, quota, opens_at, closes_at, deposit,
			payment_window_seconds, per_person_limit, id_number_required, region_codes, city_codes, created_at,
			created_by""";

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	Campaigns(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	/**
	 * Stores the campaign, its offers and its quota: {@code quota} unit rows and, per
	 * capped offer, {@code cap} token rows.
	 */
	void insert(Campaign c) {
		this.jdbc
			.sql("INSERT INTO presale_campaigns (" + COLUMNS + ") VALUES (:id, :code, :nameZh, :nameEn, :brand,"
					+ " :model, :quota, :opensAt, :closesAt, :deposit, :window, :limit, :idRequired, :regions, :cities,"
					+ " :createdAt, :createdBy)")
			.param("id", c.id())
			.param("code", c.code())
			.param("nameZh", c.nameZh())
			.param("nameEn", c.nameEn())
			.param("brand", c.brand())
			.param("model", c.modelCode())
			.param("quota", c.quota())
			.param("opensAt", Timestamp.from(c.opensAt()))
			.param("closesAt", Timestamp.from(c.closesAt()))
			.param("deposit", c.deposit())
			.param("window", (int) c.paymentWindow().toSeconds())
			.param("limit", c.perPersonLimit())
			.param("idRequired", c.idNumberRequired())
			.param("regions", String.join(",", c.regionCodes().stream().sorted().toList()))
			.param("cities", String.join(",", c.cityCodes().stream().sorted().toList()))
			.param("createdAt", Timestamp.from(c.createdAt()))
			.param("createdBy", c.createdBy())
			.update();
		int order = 0;
		for (Campaign.Offer offer : c.offers()) {
			this.jdbc
				.sql("INSERT INTO presale_offers (campaign_id, configuration_code, name_zh, name_en, msrp, cap,"
						+ " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)")
				.params(c.id(), offer.configurationCode(), offer.nameZh(), offer.nameEn(), offer.msrp(), offer.cap(),
						order++)
				.update();
		}
		List<Object[]> units = new ArrayList<>(c.quota());
		for (int slot = 1; slot <= c.quota(); slot++) {
			units.add(new Object[] { c.id(), slot });
		}
		this.bulk.into("presale_units", List.of("campaign_id", "slot"), units);
		for (Campaign.Offer offer : c.offers()) {
			if (offer.cap() != null) {
				List<Object[]> tokens = new ArrayList<>(offer.cap());
				for (int slot = 1; slot <= offer.cap(); slot++) {
					tokens.add(new Object[] { c.id(), offer.configurationCode(), slot });
				}
				this.bulk.into("presale_config_tokens", List.of("campaign_id", "configuration_code", "slot"), tokens);
			}
		}
	}

	public boolean codeTaken(String code) {
		return this.jdbc.sql("SELECT count(*) FROM presale_campaigns WHERE code = ?")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<Campaign> findByCode(String code) {
		return load("code = :key", code).stream().findFirst();
	}

	public Optional<Campaign> findById(UUID id) {
		return load("id = :key", id).stream().findFirst();
	}

	/** Every campaign, for the copy the reservation path reads. */
	public List<Campaign> findAll() {
		return load("1 = 1", null);
	}

	/** Latest opening first. */
	public Page<Campaign> page(PageRequest page) {
		long total = this.jdbc.sql("SELECT count(*) FROM presale_campaigns").query(Long.class).single();
		List<UUID> ids = this.jdbc.sql("SELECT id FROM presale_campaigns ORDER BY opens_at DESC, code LIMIT ? OFFSET ?")
			.params(page.size(), page.offset())
			.query(UUID.class)
			.list();
		Map<UUID, Campaign> byId = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			load("id IN (:key)", ids).forEach(c -> byId.put(c.id(), c));
		}
		return Page.of(ids.stream().map(byId::get).toList(), page, total);
	}

	private List<Campaign> load(String where, Object key) {
		var query = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM presale_campaigns WHERE " + where + " ORDER BY opens_at DESC, code");
		if (key != null) {
			query = query.param("key", key);
		}
		List<Campaign> campaigns = query.query((rs, n) -> campaign(rs)).list();
		if (campaigns.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Campaign.Offer>> offers = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT campaign_id, configuration_code, name_zh, name_en, msrp, cap FROM presale_offers"
					+ " WHERE campaign_id IN (:ids) ORDER BY campaign_id, sort_order")
			.param("ids", campaigns.stream().map(Campaign::id).toList())
			.query((rs, n) -> {
				Integer cap = rs.getObject("cap") == null ? null : rs.getInt("cap");
				return offers.computeIfAbsent(rs.getObject("campaign_id", UUID.class), id -> new ArrayList<>())
					.add(new Campaign.Offer(rs.getString("configuration_code"), rs.getString("name_zh"),
							rs.getString("name_en"), rs.getBigDecimal("msrp"), cap));
			})
			.list();
		return campaigns.stream().map(c -> c.withOffers(offers.getOrDefault(c.id(), List.of()))).toList();
	}

	private static Campaign campaign(ResultSet rs) throws SQLException {
		return new Campaign(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name_zh"),
				rs.getString("name_en"), rs.getString("brand"), rs.getString("model_code"), rs.getInt("quota"),
				rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
				rs.getBigDecimal("deposit"), Duration.ofSeconds(rs.getInt("payment_window_seconds")),
				rs.getInt("per_person_limit"), rs.getBoolean("id_number_required"), codes(rs.getString("region_codes")),
				codes(rs.getString("city_codes")), List.of(), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"));
	}

	private static Set<String> codes(String joined) {
		return joined.isBlank() ? Set.of() : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
	}

}
