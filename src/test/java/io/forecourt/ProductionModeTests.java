package io.forecourt;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
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

	/**
	 * A new installation's first administrator and OEM come from the bootstrap settings;
	 * the administrator signs in and builds the network over the API.
	 */
	@Test
	void theBootstrapSettingsCreateTheFirstAdministratorAndTheOemOnce() throws Exception {
		String[] settings = { "--spring.profiles.active=prod", "--forecourt.test.database=as-configured",
				"--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:prod-bootstrap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=sa", "--spring.datasource.password=",
				"--forecourt.privacy.encryption-key=Zn5bb41F4mVc0JTRpgWQMdGemO1h6nfxio7Wuxh9HYM=",
				"--forecourt.privacy.hash-key=tdF9T2qLXiiC80SsA+QwnBY6jV01ZWtRVvWpTcSfCys=",
				"--forecourt.bootstrap.admin-username=it.admin",
				"--forecourt.bootstrap.admin-password=correct horse battery", "--forecourt.bootstrap.oem-code=HUAXIA",
				"--forecourt.bootstrap.oem-name-zh=华夏汽车", "--forecourt.bootstrap.oem-name-en=Huaxia Motors" };
		try (ConfigurableApplicationContext context = new SpringApplication(ForecourtApplication.class).run(settings)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT username FROM user_account").query(String.class).list())
				.containsExactly("it.admin");
			assertThat(jdbc.sql("SELECT code FROM oems").query(String.class).list()).containsExactly("HUAXIA");
			String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"username\": \"it.admin\", \"password\": \"correct horse battery\", \"label\": \"setup\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
			String secret = JsonPath.read(token.body(), "$.token");
			HttpResponse<String> region = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/regions"))
				.header("Authorization", "Bearer " + secret)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"code\": \"EAST\", \"nameZh\": \"华东\", \"nameEn\": \"East China\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(region.statusCode()).as(region.body()).isEqualTo(201);
		}
		// a second start with the settings still in place creates nothing more
		try (ConfigurableApplicationContext again = new SpringApplication(ForecourtApplication.class).run(settings)) {
			JdbcClient jdbc = again.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("SELECT count(*) FROM oems").query(Long.class).single()).isEqualTo(1);
		}
	}

}
