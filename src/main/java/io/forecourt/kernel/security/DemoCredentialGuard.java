package io.forecourt.kernel.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.forecourt.kernel.identity.PersonalDataProtection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Production ({@code forecourt.demo.enabled=false}) refuses to start while any demo
 * credential could open the system: the {@value #ENV} variable, a configured
 * {@code forecourt.demo.api-key}, any demo user or key row in the database (even a
 * revoked key: such rows mean the database was seeded as a demo), or a personal-data key
 * ({@code forecourt.privacy.*}) left at its published demo value, which would let anyone
 * decrypt stored ID numbers, or whatever a module reports through {@link DemoCredentials}
 * (e.g. lead channels with published webhook secrets). It checks once every bean is
 * created (Flyway has run) and before the web server accepts requests.
 */
@Component
@ConditionalOnBooleanProperty(name = "forecourt.demo.enabled", havingValue = false)
class DemoCredentialGuard implements SmartInitializingSingleton {

	static final String ENV = "FORECOURT_DEMO_API_KEY";

	private final JdbcClient jdbc;

	private final UnaryOperator<String> environmentVariables;

	private final String configuredDemoKey;

	private final UnaryOperator<String> properties;

	private final List<DemoCredentials> modules;

	@Autowired
	DemoCredentialGuard(JdbcClient jdbc, Environment environment, ObjectProvider<DemoCredentials> modules) {
		this(jdbc, System::getenv, environment.getProperty("forecourt.demo.api-key", ""),
				name -> environment.getProperty(name, ""), modules.orderedStream().toList());
	}

	DemoCredentialGuard(JdbcClient jdbc, UnaryOperator<String> environmentVariables, String configuredDemoKey,
			UnaryOperator<String> properties) {
		this(jdbc, environmentVariables, configuredDemoKey, properties, List.of());
	}

	DemoCredentialGuard(JdbcClient jdbc, UnaryOperator<String> environmentVariables, String configuredDemoKey,
			UnaryOperator<String> properties, List<DemoCredentials> modules) {
		this.jdbc = jdbc;
		this.environmentVariables = environmentVariables;
		this.configuredDemoKey = configuredDemoKey;
		this.properties = properties;
		this.modules = List.copyOf(modules);
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> found = demoCredentials();
		if (!found.isEmpty()) {
			throw new IllegalStateException(
					"Forecourt refuses to start: demo mode is off (forecourt.demo.enabled=false)"
							+ " but demo credentials are present: " + String.join("; ", found)
							+ ". Remove or replace them; a production system must not accept the published demo logins"
							+ " nor protect personal data with published keys.");
		}
	}

	List<String> demoCredentials() {
		List<String> found = new ArrayList<>();
		if (this.environmentVariables.apply(ENV) != null) {
			found.add("environment variable " + ENV + " is set");
		}
		if (!this.configuredDemoKey.isBlank()) {
			found.add("forecourt.demo.api-key is configured");
		}
		addIfDemoPrivacyKey(found, "forecourt.privacy.encryption-key", PersonalDataProtection.DEMO_ENCRYPTION_KEY,
				"FORECOURT_PRIVACY_ENCRYPTION_KEY");
		addIfDemoPrivacyKey(found, "forecourt.privacy.hash-key", PersonalDataProtection.DEMO_HASH_KEY,
				"FORECOURT_PRIVACY_HASH_KEY");
		long users = count("SELECT count(*) FROM user_account WHERE demo = TRUE");
		if (users > 0) {
			found.add(users + " demo user account(s) in user_account (demo = true)");
		}
		long keys = count("SELECT count(*) FROM api_key WHERE demo = TRUE");
		if (keys > 0) {
			found.add(keys + " demo API key(s) in api_key (demo = true)");
		}
		this.modules.forEach(module -> found.addAll(module.found()));
		return found;
	}

	private void addIfDemoPrivacyKey(List<String> found, String property, String demoValue, String variable) {
		if (demoValue.equals(this.properties.apply(property).strip())) {
			found.add(property + " is the published demo key (set " + variable + ")");
		}
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
