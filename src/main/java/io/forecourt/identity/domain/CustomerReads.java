package io.forecourt.identity.domain;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads for the 360 view and search, scoped: HQ sees every customer, dealer staff the
 * customers linked to their dealer, a region manager those linked to the region's
 * dealers.
 */
@Repository
public class CustomerReads {

	private final JdbcClient jdbc;

	private final RegionDirectory regions;

	CustomerReads(JdbcClient jdbc, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	/**
	 * Whether the scope covers the customer: through any dealer linked to it or to anyone
	 * merged into it (a dealer keeps seeing its customer after a merge).
	 */
	public boolean visible(UUID customerId, AccessScope scope) {
		if (scope.isAll()) {
			return true;
		}
		ScopePredicate dealers = ScopePredicate.ofDealer(scope, "l.dealer_id", this.regions);
		return this.jdbc
			.sql("SELECT count(*) FROM customer_dealers l WHERE l.customer_id IN (:group) AND " + dealers.sql())
			.params(dealers.params())
			.param("group", group(customerId))
			.query(Long.class)
			.single() > 0;
	}

	/** The customer and everyone merged into it, directly or through others. */
	public List<UUID> group(UUID rootId) {
		return this.jdbc
			.sql("WITH RECURSIVE grp(id) AS (SELECT CAST(:root AS UUID) UNION ALL"
					+ " SELECT c.id FROM customers c JOIN grp g ON c.merged_into = g.id) SELECT id FROM grp")
			.param("root", rootId)
			.query(UUID.class)
			.list();
	}

	public Optional<CustomerView> profile(UUID id) {
		return this.jdbc.sql("SELECT * FROM customers WHERE id = ?").param(id).query((rs, n) -> {
			Date birthday = rs.getDate("birthday");
			return new CustomerView(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("name"),
					rs.getString("gender"), birthday == null ? null : birthday.toLocalDate(), rs.getString("city_code"),
					rs.getObject("preferred_dealer_id", UUID.class), rs.getString("preferred_language"),
					rs.getString("model_interest"), rs.getString("lifecycle_stage"), List.of(), List.of(),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
					rs.getLong("version"), rs.getString("household"), List.of(), List.of(), List.of());
		}).optional();
	}

	/**
	 * Root customers owning an identity with this stored value (phone, hash, VIN ...).
	 */
	public List<UUID> ownersOf(String value) {
		return this.jdbc.sql("SELECT customer_id FROM customer_identities WHERE identifier = ?")
			.param(value)
			.query(UUID.class)
			.list();
	}

	/** Root customers whose name contains the text, oldest first. */
	public List<UUID> byName(String text, int limit) {
		String pattern = "%" + text.strip()
			.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_") + "%";
		return this.jdbc
			.sql("SELECT id FROM customers WHERE merged_into IS NULL AND lower(name) LIKE ? ESCAPE '\\'"
					+ " ORDER BY created_at LIMIT ?")
			.params(pattern, limit)
			.query(UUID.class)
			.list();
	}

}
