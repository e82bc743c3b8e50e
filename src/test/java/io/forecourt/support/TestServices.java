package io.forecourt.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The real servers the integration tests use, and whether they must be there. On a laptop
 * without them, the tests that need them skip with a message; with
 * {@code FORECOURT_REQUIRE_SERVICES=true} (CI) a missing server fails the run.
 */
public enum TestServices {

	POSTGRESQL("PostgreSQL", env("FORECOURT_TEST_PG_HOST", "127.0.0.1"), 5432),

	RABBITMQ("RabbitMQ", env("FORECOURT_TEST_RABBITMQ_HOST", "127.0.0.1"), 5672),

	REDIS("Redis", env("FORECOURT_TEST_REDIS_HOST", "127.0.0.1"), 6379),

	MQTT("MQTT broker", env("FORECOURT_TEST_MQTT_HOST", "127.0.0.1"), 1883),

	CHROMIUM("Chromium + chromedriver", "", 0);

	private final String label;

	private final String host;

	private final int port;

	TestServices(String label, String host, int port) {
		this.label = label;
		this.host = host;
		this.port = port;
	}

	public static boolean required() {
		return Boolean.parseBoolean(System.getenv("FORECOURT_REQUIRE_SERVICES"));
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	public boolean available() {
		if (this == CHROMIUM) {
			return BrowserBinaries.find().isPresent();
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.host, this.port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	public String describe() {
		return this == CHROMIUM ? this.label + " (/usr/bin/chromium, /usr/bin/chromedriver)"
				: this.label + " at " + this.host + ":" + this.port;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
