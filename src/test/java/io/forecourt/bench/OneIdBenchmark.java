package io.forecourt.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.forecourt.ForecourtApplication;
import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One ID benchmark (bench/one-id.sh runs it): with 1,000,000 customers and 3,000,000
 * identities in PostgreSQL, how fast does {@link CustomerIdentification#resolve} answer
 * in-process, one call at a time (latency), and how many identifier sets per second does
 * a bulk resolution of 100,000 sets reach with several threads (throughput)?
 *
 * <p>
 * Not a test: it runs on demand against its own database and prints its figures.
 */
public final class OneIdBenchmark {

	static final int CUSTOMERS = Integer.getInteger("customers", 1_000_000);

	static final int LATENCY_CALLS = Integer.getInteger("latencyCalls", 20_000);

	static final int BULK_SETS = Integer.getInteger("bulkSets", 100_000);

	static final int THREADS = Integer.getInteger("threads", 4);

	/** Share of bulk sets that carry a phone nobody has yet (new customers). */
	static final double NEW_SHARE = Double.parseDouble(System.getProperty("newShare", "0.2"));

	private OneIdBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:5432/forecourt_bench");
		try (ConfigurableApplicationContext context = new SpringApplication(ForecourtApplication.class).run(
				// As configured here: the test classpath's TestDatabase would otherwise
				// swap in a
				// throwaway test schema.
				"--forecourt.test.database=as-configured", "--server.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--forecourt.demo.enabled=false", "--forecourt.demo.api-key=",
				"--forecourt.privacy.encryption-key=" + randomKey(), "--forecourt.privacy.hash-key=" + randomKey(),
				"--spring.datasource.hikari.maximum-pool-size=" + (THREADS + 2), "--logging.level.root=WARN")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			CustomerIdentification identification = context.getBean(CustomerIdentification.class);
			load(jdbc);
			System.out.printf("data: %,d customers, %,d identities%n", count(jdbc, "customers"),
					count(jdbc, "customer_identities"));

			measureLatency(identification, 5_000, false);
			long[] nanos = measureLatency(identification, LATENCY_CALLS, true);
			Arrays.sort(nanos);
			System.out.printf("latency, %,d resolves one at a time (phone + e-mail of a known customer):%n",
					nanos.length);
			System.out.printf("  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n", ms(nanos, 0.50),
					ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);

			bulk(identification, 10_000);
			long started = System.nanoTime();
			int created = bulk(identification, BULK_SETS);
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf(
					"bulk, %,d identifier sets on %d threads (%.0f%% new): %.1f s, %,.0f sets/s, %,d created%n",
					BULK_SETS, THREADS, NEW_SHARE * 100, seconds, BULK_SETS / seconds, created);
		}
	}

	/**
	 * Loads the customers and identities with set-based SQL, unless they are there
	 * already.
	 */
	static void load(JdbcClient jdbc) {
		if (count(jdbc, "customers") >= CUSTOMERS) {
			return;
		}
		long started = System.nanoTime();
		jdbc.sql("INSERT INTO customers (id, status, lifecycle_stage, version, created_at, updated_at)"
				+ " SELECT md5('c' || n)::uuid, 'ACTIVE', 'PROSPECT', 0, now() - n * interval '1 second', now()"
				+ " FROM generate_series(1, ?) n")
			.param(CUSTOMERS)
			.update();
		identities(jdbc, "PHONE", "'+86139' || lpad(n::text, 8, '0')");
		identities(jdbc, "EMAIL", "'c' || n || '@bench.example.com'");
		identities(jdbc, "APP_USER", "'app' || lpad(n::text, 8, '0')");
		jdbc.sql("ANALYZE customers").update();
		jdbc.sql("ANALYZE customer_identities").update();
		System.out.printf("loaded %,d customers and their identities in %.0f s%n", CUSTOMERS,
				(System.nanoTime() - started) / 1e9);
	}

	private static void identities(JdbcClient jdbc, String kind, String identifier) {
		jdbc.sql("INSERT INTO customer_identities (id, customer_id, kind, identifier, source, created_at)"
				+ " SELECT md5('" + kind + "' || n)::uuid, md5('c' || n)::uuid, '" + kind + "', " + identifier
				+ ", 'bench', now() FROM generate_series(1, ?) n")
			.param(CUSTOMERS)
			.update();
	}

	static long[] measureLatency(CustomerIdentification identification, int calls, boolean record) {
		long[] nanos = new long[calls];
		for (int i = 0; i < calls; i++) {
			int n = ThreadLocalRandom.current().nextInt(1, CUSTOMERS + 1);
			ResolutionRequest request = ResolutionRequest.of("bench", Identifier.phone(phone(n)),
					Identifier.email("c" + n + "@bench.example.com"));
			long started = System.nanoTime();
			identification.resolve(request);
			nanos[i] = System.nanoTime() - started;
		}
		return record ? nanos : new long[0];
	}

	/** Resolves sets on several threads; returns how many created a customer. */
	static int bulk(CustomerIdentification identification, int sets) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger created = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				workers.add(pool.submit(() -> {
					ThreadLocalRandom random = ThreadLocalRandom.current();
					while (next.getAndIncrement() < sets) {
						ResolutionRequest request;
						if (random.nextDouble() < NEW_SHARE) {
							// 137 numbers are not in the loaded data: a new customer
							// each.
							request = ResolutionRequest.of("bench",
									Identifier.phone("137" + String.format("%08d", random.nextInt(100_000_000))));
						}
						else {
							int n = random.nextInt(1, CUSTOMERS + 1);
							request = ResolutionRequest.of("bench", Identifier.phone(phone(n)),
									Identifier.appUser("app" + String.format("%08d", n)));
						}
						if (identification.resolve(request).created()) {
							created.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return created.get();
	}

	private static String phone(int n) {
		return "+86139" + String.format("%08d", n);
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
