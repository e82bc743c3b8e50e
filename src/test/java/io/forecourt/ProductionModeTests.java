package io.forecourt;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prod} profile on an empty database: the schema is migrated, and no demo
 * data, demo sign-in or demo key is created. (That it refuses to start with any demo
 * credential present is DemoCredentialGuardTests.)
 */
class ProductionModeTests {

	@Test
	void productionStartsOnAnEmptyDatabaseWithoutSeedingAnything() {
		SpringApplication application = new SpringApplication(ForecourtApplication.class);
		try (ConfigurableApplicationContext context = application.run("--spring.profiles.active=prod",
				"--forecourt.test.database=as-configured", "--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:prod-mode;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=sa", "--spring.datasource.password=",
				// An operator's own keys, as production must set (the shipped demo keys
				// are refused).
				"--forecourt.privacy.encryption-key=Zn5bb41F4mVc0JTRpgWQMdGemO1h6nfxio7Wuxh9HYM=",
				"--forecourt.privacy.hash-key=tdF9T2qLXiiC80SsA+QwnBY6jV01ZWtRVvWpTcSfCys=")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
				.isGreaterThan(3);
			for (String table : new String[] { "oems", "regions", "dealers", "staff", "user_account", "api_key" }) {
				assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table).isZero();
			}
		}
	}

}
