package io.forecourt.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test context at a database of its own run: a fresh schema in the
 * local PostgreSQL when it is reachable (required in CI), an in-memory H2 in PostgreSQL
 * mode otherwise. The schema is dropped when the test JVM exits. A test that sets
 * {@code forecourt.test.database=as-configured} keeps the datasource it configured
 * itself.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final String ADMIN_URL = "jdbc:postgresql://%s:%d/postgres";

	private static final String DATABASE = "forecourt_test";

	private static Map<String, Object> properties;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if ("as-configured".equals(environment.getProperty("forecourt.test.database"))) {
			return;
		}
		environment.getPropertySources().addFirst(new MapPropertySource("forecourt-test-database", properties()));
	}

	/** The datasource properties of this test run, created once per JVM. */
	public static synchronized Map<String, Object> properties() {
		if (properties == null) {
			properties = TestServices.POSTGRESQL.available() ? postgres() : h2();
		}
		return properties;
	}

	public static boolean isPostgres() {
		return String.valueOf(properties().get("spring.datasource.url")).startsWith("jdbc:postgresql");
	}

	private static Map<String, Object> h2() {
		if (TestServices.required()) {
			throw new IllegalStateException("FORECOURT_REQUIRE_SERVICES=true but PostgreSQL is not reachable at "
					+ TestServices.POSTGRESQL.describe());
		}
		log.warn("PostgreSQL not reachable at {}: tests run on in-memory H2", TestServices.POSTGRESQL.describe());
		Map<String, Object> map = new HashMap<>();
		map.put("spring.datasource.url", "jdbc:h2:mem:forecourt-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		map.put("spring.datasource.username", "sa");
		map.put("spring.datasource.password", "");
		return map;
	}

	private static Map<String, Object> postgres() {
		Schema schema = freshSchema("run");
		Runtime.getRuntime().addShutdownHook(new Thread(schema::close));
		log.info("Tests run on PostgreSQL {} schema {}", schema.databaseUrl(), schema.name());
		Map<String, Object> map = new HashMap<>();
		map.put("spring.datasource.url", schema.url());
		map.put("spring.datasource.username", schema.user());
		map.put("spring.datasource.password", schema.password());
		map.put("spring.flyway.schemas", schema.name());
		// Cached test contexts keep their pools open; small pools keep the whole suite
		// well
		// under PostgreSQL's default limit of 100 connections.
		map.put("spring.datasource.hikari.maximum-pool-size", "6");
		map.put("spring.datasource.hikari.minimum-idle", "1");
		return map;
	}

	/**
	 * A new, empty schema in the PostgreSQL test database, apart from the one the test
	 * contexts of this run share: for application instances started as processes of their
	 * own ({@link AppInstances}), which must not see what other tests wrote. Closing it
	 * drops the schema.
	 * @param prefix the start of the schema's name, e.g. {@code multi}
	 * @throws IllegalStateException when PostgreSQL is not reachable
	 */
	public static Schema freshSchema(String prefix) {
		String host = TestServices.POSTGRESQL.host();
		int port = TestServices.POSTGRESQL.port();
		String user = System.getenv().getOrDefault("FORECOURT_TEST_PG_USER", "postgres");
		String password = System.getenv().getOrDefault("FORECOURT_TEST_PG_PASSWORD", "");
		String name = prefix + "_" + ProcessHandle.current().pid() + "_" + Long.toString(System.nanoTime(), 36);
		String databaseUrl = "jdbc:postgresql://%s:%d/%s".formatted(host, port, DATABASE);
		try {
			try (Connection admin = DriverManager.getConnection(ADMIN_URL.formatted(host, port), user, password);
					Statement statement = admin.createStatement()) {
				var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
				if (!exists.next()) {
					statement.execute("CREATE DATABASE " + DATABASE);
				}
			}
			try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE SCHEMA " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the PostgreSQL test database at " + databaseUrl, ex);
		}
		return new Schema(databaseUrl, name, user, password);
	}

	/**
	 * A schema of its own in the PostgreSQL test database.
	 *
	 * @param databaseUrl the database's JDBC URL, without the schema
	 * @param name the schema's name
	 */
	public record Schema(String databaseUrl, String name, String user, String password) implements AutoCloseable {

		/** The JDBC URL whose connections work in this schema. */
		public String url() {
			return this.databaseUrl + "?currentSchema=" + this.name;
		}

		/** Drops the schema and everything in it; best effort. */
		@Override
		public void close() {
			dropSchema(this.databaseUrl, this.user, this.password, this.name);
		}

	}

	private static void dropSchema(String url, String user, String password, String schema) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
		catch (SQLException ex) {
			// Best effort: a leftover schema of a killed run does no harm to later runs.
		}
	}

}
