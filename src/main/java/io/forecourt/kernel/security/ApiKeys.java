package io.forecourt.kernel.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_key} table. */
@Repository
class ApiKeys {

	private static final String OWNER_COLUMNS = ", u.username AS owner_username, u.roles AS owner_roles,"
			+ " u.scope_level AS owner_scope_level, u.region_id AS owner_region_id, u.dealer_id AS owner_dealer_id,"
			+ " u.staff_id AS owner_staff_id, u.enabled AS owner_enabled";

	private final JdbcClient jdbc;

	ApiKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiKey key, String keyHash) {
		AccessScope scope = key.scope();
		this.jdbc
			.sql("INSERT INTO api_key (id, label, key_hash, key_prefix, role, scope_level, region_id, dealer_id,"
					+ " owner_user_id, created_at, expires_at, demo) VALUES (:id, :label, :hash, :prefix, :role,"
					+ " :level, :regionId, :dealerId, :owner, :createdAt, :expiresAt, :demo)")
			.param("id", key.id())
			.param("label", key.label())
			.param("hash", keyHash)
			.param("prefix", key.keyPrefix())
			.param("role", key.role() == null ? null : key.role().name())
			.param("level", scope == null ? null : scope.level().name())
			.param("regionId", scope == null ? null : scope.regionId())
			.param("dealerId", scope == null ? null : scope.dealerId())
			.param("owner", key.ownerUserId())
			.param("createdAt", Rows.time(key.createdAt()))
			.param("expiresAt", Rows.time(key.expiresAt()))
			.param("demo", key.demo())
			.update();
	}

	boolean hashTaken(String keyHash) {
		return this.jdbc.sql("SELECT count(*) FROM api_key WHERE key_hash = :hash")
			.param("hash", keyHash)
			.query(Long.class)
			.single() > 0;
	}

	Optional<ApiKey> findById(UUID id) {
		return this.jdbc.sql("SELECT * FROM api_key WHERE id = :id").param("id", id).query(this::map).optional();
	}

	/**
	 * The key with this hash and, for a personal token, what its owner may do — one
	 * indexed read per API request.
	 */
	Optional<Presented> findByHash(String keyHash) {
		return this.jdbc
			.sql("SELECT k.*" + OWNER_COLUMNS
					+ " FROM api_key k LEFT JOIN user_account u ON u.id = k.owner_user_id WHERE k.key_hash = :hash")
			.param("hash", keyHash)
			.query((rs, n) -> new Presented(map(rs, n), owner(rs)))
			.optional();
	}

	Page<ApiKey> page(@Nullable UUID ownerUserId, PageRequest page) {
		String where = ownerUserId == null ? "" : " WHERE owner_user_id = :owner";
		var count = this.jdbc.sql("SELECT count(*) FROM api_key" + where);
		var select = this.jdbc
			.sql("SELECT * FROM api_key" + where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.param("limit", page.size())
			.param("offset", page.offset());
		if (ownerUserId != null) {
			count = count.param("owner", ownerUserId);
			select = select.param("owner", ownerUserId);
		}
		long total = count.query(Long.class).single();
		List<ApiKey> items = select.query(this::map).list();
		return Page.of(items, page, total);
	}

	/** Marks the key revoked; a key revoked before keeps its first revocation time. */
	boolean revoke(UUID id, Instant at) {
		return this.jdbc.sql("UPDATE api_key SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
			.param("id", id)
			.param("at", Rows.time(at))
			.update() == 1;
	}

	/**
	 * Records a use unless one was recorded since {@code notBefore}; the condition keeps
	 * concurrent requests on several instances from all writing.
	 */
	void touch(UUID id, Instant at, Instant notBefore) {
		this.jdbc
			.sql("UPDATE api_key SET last_used_at = :at WHERE id = :id"
					+ " AND (last_used_at IS NULL OR last_used_at < :notBefore)")
			.param("id", id)
			.param("at", Rows.time(at))
			.param("notBefore", Rows.time(notBefore))
			.update();
	}

	private ApiKey map(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("role");
		String level = rs.getString("scope_level");
		Instant createdAt = Rows.instant(rs, "created_at");
		return new ApiKey(rs.getObject("id", UUID.class), rs.getString("label"), rs.getString("key_prefix"),
				role == null ? null : Role.valueOf(role), level == null ? null : Rows.scope(rs, ""),
				rs.getObject("owner_user_id", UUID.class), createdAt == null ? Instant.EPOCH : createdAt,
				Rows.instant(rs, "expires_at"), Rows.instant(rs, "revoked_at"), Rows.instant(rs, "last_used_at"),
				rs.getBoolean("demo"));
	}

	private static @Nullable Owner owner(ResultSet rs) throws SQLException {
		String username = rs.getString("owner_username");
		if (username == null) {
			return null;
		}
		return new Owner(username, Rows.roles(rs.getString("owner_roles")), Rows.scope(rs, "owner_"),
				rs.getObject("owner_staff_id", UUID.class), rs.getBoolean("owner_enabled"));
	}

	/** A key presented in a request, with its owner if it has one. */
	record Presented(ApiKey key, @Nullable Owner owner) {
	}

	/** What a personal token inherits from its owner at the time of the request. */
	record Owner(String username, Set<Role> roles, AccessScope scope, @Nullable UUID staffId, boolean enabled) {
	}

}
