package io.forecourt.kernel.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.forecourt.ForecourtApplication;
import io.forecourt.kernel.identity.PersonalDataProtection;
import io.forecourt.kernel.tenancy.AccessScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.forecourt.kernel.security.SecurityTestAccounts.PASSWORD;
import static io.forecourt.kernel.security.SecurityTestAccounts.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class DemoCredentialGuardTests {

	/** Privacy keys an operator generated: not the demo ones. */
	private static final Map<String, String> OWN_KEYS = Map.of("forecourt.privacy.encryption-key",
			"Zn5bb41F4mVc0JTRpgWQMdGemO1h6nfxio7Wuxh9HYM=", "forecourt.privacy.hash-key",
			"tdF9T2qLXiiC80SsA+QwnBY6jV01ZWtRVvWpTcSfCys=");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void productionRefusesToStartWhenTheDemoKeyVariableIsSet() {
		var guard = new DemoCredentialGuard(this.jdbc, Map.of("FORECOURT_DEMO_API_KEY", "fc_anything")::get, "",
				OWN_KEYS::get);

		assertThat(guard.demoCredentials()).anyMatch(found -> found.contains("FORECOURT_DEMO_API_KEY"));
		assertThatThrownBy(guard::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("refuses to start");
	}

	@Test
	void productionRefusesToStartWhenADemoKeyIsConfigured() {
		var guard = new DemoCredentialGuard(this.jdbc, name -> null, "fc_demo_integrator_0000000000000000000000",
				OWN_KEYS::get);

		assertThat(guard.demoCredentials()).anyMatch(found -> found.contains("forecourt.demo.api-key"));
	}

	@Test
	void productionRefusesToStartWithADemoUserOrADemoKeyInTheDatabase() {
		inRolledBackTransaction(() -> {
			removeDemoRows();
			var guard = new DemoCredentialGuard(this.jdbc, name -> null, "", OWN_KEYS::get);
			assertThat(guard.demoCredentials()).isEmpty();

			this.accounts.createUser(new NewUser(uniqueName("demo"), "Demo", PASSWORD, Set.of(Role.OEM_HQ),
					AccessScope.all(), null, true));
			assertThat(guard.demoCredentials()).singleElement().asString().contains("demo user");

			this.accounts.issueKey(new NewApiKey(uniqueName("demo"), Role.INTEGRATOR, AccessScope.all(), null, null,
					true, "fc_demo_" + "0".repeat(32)));
			assertThat(guard.demoCredentials()).hasSize(2).anyMatch(found -> found.contains("demo API key"));
		});
	}

	@Test
	void productionRefusesToStartWithEitherPublishedDemoPrivacyKey() {
		inRolledBackTransaction(() -> {
			removeDemoRows();
			var demoEncryptionKey = new DemoCredentialGuard(this.jdbc, name -> null, "",
					Map.of("forecourt.privacy.encryption-key", PersonalDataProtection.DEMO_ENCRYPTION_KEY,
							"forecourt.privacy.hash-key", OWN_KEYS.get("forecourt.privacy.hash-key"))::get);
			var demoHashKey = new DemoCredentialGuard(this.jdbc, name -> null, "",
					Map.of("forecourt.privacy.encryption-key", OWN_KEYS.get("forecourt.privacy.encryption-key"),
							"forecourt.privacy.hash-key", PersonalDataProtection.DEMO_HASH_KEY)::get);

			assertThat(demoEncryptionKey.demoCredentials()).singleElement()
				.asString()
				.contains("forecourt.privacy.encryption-key is the published demo key")
				.contains("FORECOURT_PRIVACY_ENCRYPTION_KEY")
				.doesNotContain(PersonalDataProtection.DEMO_ENCRYPTION_KEY);
			assertThat(demoHashKey.demoCredentials()).singleElement()
				.asString()
				.contains("forecourt.privacy.hash-key is the published demo key");
			assertThatThrownBy(demoHashKey::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("refuses to start");
		});
	}

	@Test
	void productionRefusesToStartWithWhatAModuleReportsAsItsDemoCredentials() {
		inRolledBackTransaction(() -> {
			removeDemoRows();
			DemoCredentials none = List::of;
			DemoCredentials channels = () -> List.of("4 lead channel(s) with a published demo secret");

			assertThat(new DemoCredentialGuard(this.jdbc, name -> null, "", OWN_KEYS::get, List.of(none))
				.demoCredentials()).isEmpty();
			var guard = new DemoCredentialGuard(this.jdbc, name -> null, "", OWN_KEYS::get, List.of(none, channels));
			assertThat(guard.demoCredentials()).containsExactly("4 lead channel(s) with a published demo secret");
			assertThatThrownBy(guard::afterSingletonsInstantiated).hasMessageContaining("lead channel(s)");
		});
	}

	@Test
	void theShippedPrivacyKeysAreTheOnesTheGuardKnowsAsDemoKeys(@Autowired Environment environment) {
		// If application.yml and PersonalDataProtection drift apart, the guard would wave
		// the shipped keys through.
		assertThat(environment.getProperty("forecourt.privacy.encryption-key"))
			.isEqualTo(PersonalDataProtection.DEMO_ENCRYPTION_KEY);
		assertThat(environment.getProperty("forecourt.privacy.hash-key"))
			.isEqualTo(PersonalDataProtection.DEMO_HASH_KEY);
	}

	@Test
	void theProdGuardIsActiveWhenDemoModeIsOff() {
		// The default configuration still carries the documented demo key.
		var application = new SpringApplicationBuilder(ForecourtApplication.class).profiles("test");

		assertThatThrownBy(() -> application.run("--forecourt.demo.enabled=false", "--server.port=0",
				"--spring.jmx.enabled=false"))
			.hasStackTraceContaining("forecourt.demo.api-key is configured")
			.hasStackTraceContaining("forecourt.privacy.encryption-key is the published demo key")
			.hasStackTraceContaining("forecourt.privacy.hash-key is the published demo key");
	}

	private void removeDemoRows() {
		this.jdbc
			.sql("DELETE FROM api_key WHERE demo = TRUE"
					+ " OR owner_user_id IN (SELECT id FROM user_account WHERE demo = TRUE)")
			.update();
		this.jdbc.sql("DELETE FROM user_account WHERE demo = TRUE").update();
	}

	private void inRolledBackTransaction(Runnable work) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			work.run();
		});
	}

}
