package io.forecourt.kernel.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Production ({@code forecourt.demo.enabled=false}) refuses to start while any demo
 * credential could open the system: the {@value #ENV} variable, a configured
 * {@code forecourt.demo.api-key}, or any demo user or key row in the database (even a
 * revoked key: such rows mean the database was seeded as a demo). It checks once every
 * bean is created (Flyway has run) and before the web server accepts requests.
 */
@Component
@ConditionalOnBooleanProperty(name = "forecourt.demo.enabled", havingValue = false)
class DemoCredentialGuard implements SmartInitializingSingleton {

	static final String ENV = "FORECOURT_DEMO_API_KEY";

	private final JdbcClient jdbc;

	private final UnaryOperator<String> environmentVariables;

	private final String configuredDemoKey;

	@Autowired
	DemoCredentialGuard(JdbcClient jdbc, Environment environment) {
		this(jdbc, System::getenv, environment.getProperty("forecourt.demo.api-key", ""));
	}

	DemoCredentialGuard(JdbcClient jdbc, UnaryOperator<String> environmentVariables, String configuredDemoKey) {
		this.jdbc = jdbc;
		this.environmentVariables = environmentVariables;
		this.configuredDemoKey = configuredDemoKey;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> found = demoCredentials();
		if (!found.isEmpty()) {
			throw new IllegalStateException(
					"Forecourt refuses to start: demo mode is off (forecourt.demo.enabled=false)"
							+ " but demo credentials are present: " + String.join("; ", found)
							+ ". Remove them; a production system must not accept the published demo logins.");
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
		long users = count("SELECT count(*) FROM user_account WHERE demo = TRUE");
		if (users > 0) {
			found.add(users + " demo user account(s) in user_account (demo = true)");
		}
		long keys = count("SELECT count(*) FROM api_key WHERE demo = TRUE");
		if (keys > 0) {
			found.add(keys + " demo API key(s) in api_key (demo = true)");
		}
		return found;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
