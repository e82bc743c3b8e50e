package io.forecourt.kernel.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code user_account} table. */
@Repository
class UserAccounts {

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UserAccount user, String passwordHash) {
		this.jdbc
			.sql("INSERT INTO user_account (id, username, display_name, password_hash, roles, scope_level, region_id,"
					+ " dealer_id, staff_id, enabled, demo, created_at, version) VALUES (:id, :username, :displayName,"
					+ " :hash, :roles, :level, :regionId, :dealerId, :staffId, :enabled, :demo, :createdAt, :version)")
			.param("id", user.id())
			.param("username", user.username())
			.param("displayName", user.displayName())
			.param("hash", passwordHash)
			.param("roles", Rows.roles(user.roles()))
			.param("level", user.scope().level().name())
			.param("regionId", user.scope().regionId())
			.param("dealerId", user.scope().dealerId())
			.param("staffId", user.staffId())
			.param("enabled", user.enabled())
			.param("demo", user.demo())
			.param("createdAt", Rows.time(user.createdAt()))
			.param("version", user.version())
			.update();
	}

	boolean anyExists() {
		return this.jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single() > 0;
	}

	boolean usernameTaken(String username) {
		return this.jdbc.sql("SELECT count(*) FROM user_account WHERE username = :username")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	Optional<UserAccount> findById(UUID id) {
		return this.jdbc.sql("SELECT * FROM user_account WHERE id = :id").param("id", id).query(this::map).optional();
	}

	Optional<UserAccount> findByUsername(String username) {
		return this.jdbc.sql("SELECT * FROM user_account WHERE username = :username")
			.param("username", username)
			.query(this::map)
			.optional();
	}

	/** The account with its password hash, for checking a password. */
	Optional<Credentials> findCredentials(String username) {
		return this.jdbc.sql("SELECT * FROM user_account WHERE username = :username")
			.param("username", username)
			.query((rs, n) -> new Credentials(map(rs, n), rs.getString("password_hash")))
			.optional();
	}

	/** Replaces a hash made with older settings after a successful login. */
	void upgradePasswordHash(UUID id, String oldHash, String newHash) {
		this.jdbc.sql("UPDATE user_account SET password_hash = :newHash WHERE id = :id AND password_hash = :oldHash")
			.param("id", id)
			.param("oldHash", oldHash)
			.param("newHash", newHash)
			.update();
	}

	Page<UserAccount> page(PageRequest page) {
		long total = this.jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
		List<UserAccount> items = this.jdbc
			.sql("SELECT * FROM user_account ORDER BY username LIMIT :limit OFFSET :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::map)
			.list();
		return Page.of(items, page, total);
	}

	private UserAccount map(ResultSet rs, int row) throws SQLException {
		Instant createdAt = Rows.instant(rs, "created_at");
		return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				Rows.roles(rs.getString("roles")), Rows.scope(rs, ""), rs.getObject("staff_id", UUID.class),
				rs.getBoolean("enabled"), rs.getBoolean("demo"), createdAt == null ? Instant.EPOCH : createdAt,
				rs.getLong("version"));
	}

	record Credentials(UserAccount user, String passwordHash) {

		@Override
		public String toString() {
			return "Credentials[" + this.user.username() + "]";
		}

	}

}
