package io.forecourt.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.forecourt.ForecourtApplication;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Forecourt instances as operating-system processes of their own (child JVMs), all on one
 * fresh PostgreSQL schema, each on its own port: the "two or more instances sharing one
 * database" that correctness must not depend on one JVM for. A test starts them, talks to
 * them over HTTP, reads the shared database directly, and can kill one with SIGKILL
 * mid-load and restart it.
 *
 * <pre>{@code
 * &#64;RequiresService(TestServices.POSTGRESQL)
 * class TwoInstanceSomethingTests {
 *
 *     static AppInstances instances;
 *

 *     &#64;BeforeAll
 *     static void start() {
 *         instances = AppInstances.builder().demoData(true).build();
 *         instances.start("a", "b");
 *     }
 *
 *     &#64;AfterAll
 *     static void stop() {
 *         instances.close();
 *     }
 *
 *
&#64;Test
 *     void something() throws Exception {
 *         AppProcess a = instances.instance("a");
 *         ApiResponse me = a.get("/api/v1/me", instances.adminKey());
 *         a.kill();    // SIGKILL
 *         a.restart(); // same port, waits until ready
 *         long rows = instances.jdbc().sql("SELECT count(*) FROM ...").query(Long.class).single();
 *     }
 * }
 * }</pre>
 *
 * <p>
 * Each instance runs {@link ForecourtApplication} from the classes and dependencies of
 * this test run ({@code java.class.path}) without the test classes themselves, so it is
 * the application as shipped: none of the test configuration (the {@link TestDatabase}
 * initializer, test auto-configurations, {@code application-test.yml}) reaches it. It is
 * configured on its command line only: the schema, a small connection pool, no demo data
 * unless asked for (the first instance seeds it, alone, before the others start), the
 * operator's own personal-data keys (the same on every instance, as they must be), and
 * whatever {@link Builder#property} adds.
 *
 * <p>
 * Once the first instance has migrated the schema, a platform-admin API key is
 * provisioned for the test ({@link #adminKey()}), written straight into {@code api_key}
 * as an operator would bootstrap one (only the SHA-256 of the secret is stored). With
 * demo data the demo integrator key works too ({@link #DEMO_KEY}).
 *
 * <p>
 * {@link #close()} kills every instance and drops the schema; instances still running
 * when the test JVM exits are killed by a shutdown hook.
 */
public final class AppInstances implements AutoCloseable {

	/** The demo integrator key, seeded with demo data. */
	public static final String DEMO_KEY = "fc_demo_integrator_0000000000000000000000";

	// The operator's own personal-data keys: every instance must encrypt and hash alike,
	// and a start without demo data refuses the published demo keys.
	private static final String ENCRYPTION_KEY = "Zn5bb41F4mVc0JTRpgWQMdGemO1h6nfxio7Wuxh9HYM=";

	private static final String HASH_KEY = "tdF9T2qLXiiC80SsA+QwnBY6jV01ZWtRVvWpTcSfCys=";

	private static final Path LOGS = Paths.get("target", "instances");

	private final TestDatabase.Schema schema;

	private final Map<String, String> properties;

	private final List<String> jvmOptions;

	private final Duration startupTimeout;

	private final String classpath;

	private final HttpClient http;

	private final JdbcClient jdbc;

	private final Map<String, AppProcess> instances = new LinkedHashMap<>();

	private final Thread cleanup;

	private @Nullable String adminKey;

	private AppInstances(Builder builder) {
		this.schema = TestDatabase.freshSchema("multi");
		this.properties = new LinkedHashMap<>(builder.properties);
		this.jvmOptions = List.copyOf(builder.jvmOptions);
		this.startupTimeout = builder.startupTimeout;
		this.classpath = applicationClasspath();
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		this.jdbc = JdbcClient
			.create(new DriverManagerDataSource(this.schema.url(), this.schema.user(), this.schema.password()));
		this.cleanup = new Thread(this::destroyAll, "app-instances-cleanup");
		Runtime.getRuntime().addShutdownHook(this.cleanup);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Starts instances under these names and waits until all are ready. On a schema no
	 * instance has run on yet, the first starts alone (it migrates the schema and seeds
	 * the demo data, if asked for), then the others start side by side.
	 * @return the instances, in the order named
	 */
	public synchronized List<AppProcess> start(String... names) {
		List<AppProcess> started = new ArrayList<>();
		List<String> rest = new ArrayList<>(Arrays.asList(names));
		if (this.adminKey == null && !rest.isEmpty()) {
			started.add(startOne(rest.remove(0)));
		}
		List<AppProcess> parallel = rest.stream().map(this::create).toList();
		parallel.forEach(AppProcess::launch);
		try (ExecutorService waiting = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> ready = parallel.stream()
				.<Future<?>>map(instance -> waiting.submit(instance::awaitReady))
				.toList();
			for (Future<?> future : ready) {
				future.get();
			}
		}
		catch (Exception ex) {
			parallel.forEach(AppProcess::destroy);
			throw new IllegalStateException("Instances did not start: " + ex.getMessage(), ex);
		}
		started.addAll(parallel);
		return started;
	}

	/** The instance started under this name. */
	public synchronized AppProcess instance(String name) {
		AppProcess instance = this.instances.get(name);
		if (instance == null) {
			throw new IllegalArgumentException("No instance " + name + "; started: " + this.instances.keySet());
		}
		return instance;
	}

	/** Every instance started, running or not, in the order started. */
	public synchronized List<AppProcess> instances() {
		return List.copyOf(this.instances.values());
	}

	/** A platform-admin API key (every permission, the whole network). */
	public synchronized String adminKey() {
		if (this.adminKey == null) {
			throw new IllegalStateException("Start an instance first: the key is written once the schema exists");
		}
		return this.adminKey;
	}

	/** The shared database, for setting up and checking what the instances wrote. */
	public JdbcClient jdbc() {
		return this.jdbc;
	}

	public TestDatabase.Schema schema() {
		return this.schema;
	}

	/** Kills every instance and drops the schema. */
	@Override
	public void close() {
		destroyAll();
		this.schema.close();
		try {
			Runtime.getRuntime().removeShutdownHook(this.cleanup);
		}
		catch (IllegalStateException ex) {
			// the JVM is shutting down already; the hook runs anyway
		}
	}

	private AppProcess startOne(String name) {
		AppProcess instance = create(name);
		instance.launch();
		try {
			instance.awaitReady();
		}
		catch (RuntimeException ex) {
			instance.destroy();
			throw ex;
		}
		if (this.adminKey == null) {
			this.adminKey = provisionAdminKey();
		}
		return instance;
	}

	private AppProcess create(String name) {
		if (this.instances.containsKey(name)) {
			throw new IllegalArgumentException("Instance " + name + " was started before; restart it instead");
		}
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.add("-Dforecourt.instance=" + name);
		command.add("-cp");
		command.add(this.classpath);
		command.add(ForecourtApplication.class.getName());
		command.add("--server.port=" + port);
		command.add("--spring.datasource.url=" + this.schema.url());
		command.add("--spring.datasource.username=" + this.schema.user());
		command.add("--spring.datasource.password=" + this.schema.password());
		command.add("--spring.flyway.schemas=" + this.schema.name());
		this.properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		AppProcess instance = new AppProcess(name, port, command, LOGS.resolve(name + ".log"), this.startupTimeout,
				this.http);
		this.instances.put(name, instance);
		return instance;
	}

	/**
	 * What an operator does to get the first key of a fresh installation: a random
	 * secret, only its hash stored (the format of kernel.security's KeySecret and
	 * ApiKeys).
	 */
	private String provisionAdminKey() {
		byte[] random = new byte[30];
		new SecureRandom().nextBytes(random);
		String secret = "fc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.jdbc
			.sql("INSERT INTO api_key (id, label, key_hash, key_prefix, role, scope_level, created_at, demo)"
					+ " VALUES (?, 'multi-instance tests', ?, ?, 'PLATFORM_ADMIN', 'ALL', ?, FALSE)")
			.params(UUID.randomUUID(), sha256(secret), secret.substring(0, 11), Timestamp.from(Instant.now()))
			.update();
		return secret;
	}

	private synchronized void destroyAll() {
		this.instances.values().forEach(AppProcess::destroy);
	}

	/**
	 * This run's classpath without the test classes: the application as shipped, with its
	 * dependencies.
	 */
	private static String applicationClasspath() {
		Path testClasses;
		try {
			testClasses = Paths.get(AppInstances.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.toAbsolutePath()
				.normalize();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.isBlank())
			.filter(entry -> !Paths.get(entry).toAbsolutePath().normalize().equals(testClasses))
			.toList();
		if (entries.stream().noneMatch(entry -> Files.isDirectory(Paths.get(entry, "io", "forecourt")))) {
			throw new IllegalStateException("The application's classes are not on java.class.path: " + entries);
		}
		return String.join(File.pathSeparator, entries);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** How the instances run. */
	public static final class Builder {

		private final Map<String, String> properties = new LinkedHashMap<>();

		// Small and quick to start on a shared two-core machine: the C1 compiler only, a
		// serial collector, a heap enough for a test's load.
		private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto", "-Djava.awt.headless=true"));

		private Duration startupTimeout = Duration.ofMinutes(3);

		private Builder() {
			demoData(false);
			property("forecourt.privacy.encryption-key", ENCRYPTION_KEY);
			property("forecourt.privacy.hash-key", HASH_KEY);
			property("spring.datasource.hikari.maximum-pool-size", "8");
			property("spring.datasource.hikari.minimum-idle", "2");
			property("spring.main.banner-mode", "off");
			// Plain HTTP between the test and the instances.
			property("server.servlet.session.cookie.secure", "false");
		}

		/**
		 * Whether the first instance seeds the demo data (network, sign-ins, the demo key
		 * {@link AppInstances#DEMO_KEY}, customers, catalog, fleets, stock). Off by
		 * default: the instances then start as production does, and refuse any demo
		 * credential.
		 */
		public Builder demoData(boolean demo) {
			property("forecourt.demo.enabled", String.valueOf(demo));
			property("forecourt.demo.api-key", demo ? DEMO_KEY : "");
			return this;
		}

		/** Any Spring property, on every instance's command line. */
		public Builder property(String name, String value) {
			this.properties.put(name, value);
			return this;
		}

		/** Replaces the JVM options (heap, compiler, collector). */
		public Builder jvmOptions(String... options) {
			this.jvmOptions.clear();
			this.jvmOptions.addAll(List.of(options));
			return this;
		}

		/** How long an instance may take to get ready (default 3 minutes). */
		public Builder startupTimeout(Duration timeout) {
			this.startupTimeout = timeout;
			return this;
		}

		/** Creates the schema; no instance runs until {@link AppInstances#start}. */
		public AppInstances build() {
			return new AppInstances(this);
		}

	}

}
