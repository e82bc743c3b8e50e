package io.forecourt.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.Base64;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.forecourt.ForecourtApplication;
import io.forecourt.kernel.security.ForecourtAuthentication;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.leads.imports.LeadImportView;
import io.forecourt.leads.imports.LeadImports;
import org.postgresql.PGConnection;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lead import benchmark (bench/lead-import.sh runs it): a realistic CSV of 1,000,000
 * leads is loaded twice into the same PostgreSQL, side by side in one run: raw, with
 * {@code COPY} into a staging table of text columns (the baseline), and through the full
 * import (cleansing, junk rules, dedup, One ID, grading, bulk writes, the timeline). It
 * prints rows/s of both, their ratio and the peak heap.
 *
 * <p>
 * The file: 100,000 customers exist before the import and come back in 6% of the rows;
 * 86% of rows are people seen for the first time, a quarter of them with an e-mail; 4%
 * repeat a person from earlier in the file through another channel (duplicates); 2% have
 * an invalid phone and 2% are junk (test numbers, repeated or ascending digits). 60
 * cities, 8 channels, 8 models, names from common surnames and given names.
 *
 * <p>
 * Not a test: it runs on demand against its own database and prints its figures.
 */
public final class LeadImportBenchmark {

	static final int ROWS = Integer.getInteger("rows", 1_000_000);

	static final int SEEDED = Integer.getInteger("seeded", 100_000);

	/** Whether imported leads are routed as they arrive (off: the import alone). */
	static final boolean ROUTING = Boolean.parseBoolean(System.getProperty("routing", "true"));

	private static final String HEADER = "channel,phone,name,email,cityCode,modelOfInterest,purchaseTimeframe,"
			+ "testDriveRequested,budget,consentMarketing,campaign,utmSource";

	private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
			+ "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
		.split("");

	private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红梅鹏飞宇浩然子涵欣怡一诺思远晨曦雨辰佳琪梓轩".split("");

	private static final String[] CITIES = { "110100", "120100", "130100", "130200", "140100", "150100", "210100",
			"210200", "220100", "230100", "310100", "320100", "320200", "320500", "320600", "330100", "330200",
			"330300", "330600", "340100", "350100", "350200", "360100", "370100", "370200", "410100", "420100",
			"430100", "440100", "440300", "440400", "440600", "441900", "442000", "450100", "460100", "500100",
			"510100", "520100", "530100", "540100", "610100", "620100", "630100", "640100", "650100", "320300",
			"320400", "321000", "330400", "330500", "330700", "331000", "350500", "370600", "371300", "410300",
			"420500", "430200", "445100" };

	private static final String[] CHANNELS = { "autohome", "yiche", "douyin", "brand-app", "wechat", "baidu", "presale",
			"dongchedi" };

	private static final String[] MODELS = { "Huaxia EV7", "Huaxia X9", "Huaxia S5", "Aurora", "Aurora GT",
			"Urban Mini", "Huaxia M8", "Horizon" };

	private static final String[] TIMEFRAMES = { "WITHIN_7_DAYS", "WITHIN_15_DAYS", "WITHIN_30_DAYS", "LATER", "LATER",
			"", "" };

	private static final String[] PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139", "186" };

	private static final String[] JUNK = { "13800138000", "13888888888", "13912345678", "18888888888", "13712345678" };

	private LeadImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:5432/forecourt_bench_import");
		Path csv = Files.createTempFile("lead-import-bench-", ".csv");
		try (ConfigurableApplicationContext context = new SpringApplication(ForecourtApplication.class).run(
				"--forecourt.test.database=as-configured", "--server.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				// the demo network: 14 dealers to route to
				"--forecourt.demo.enabled=true", "--forecourt.leads.routing.automatic=" + ROUTING,
				"--forecourt.privacy.encryption-key=" + randomKey(), "--forecourt.privacy.hash-key=" + randomKey(),
				"--logging.level.root=WARN")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			DataSource dataSource = context.getBean(DataSource.class);
			seed(jdbc);
			// every routed lead takes the full path (dealer, consultant, SLA), none stays
			// in the pool for lack of capacity
			jdbc.sql("UPDATE lead_routing_weights SET default_daily_capacity = 10000000").update();
			long bytes = generate(csv);
			System.out.printf("file: %,d rows, %,d MB (%s)%n", ROWS, bytes / 1_000_000, csv);

			double copySeconds = copy(dataSource, csv);
			System.out.printf("COPY raw:     %6.1f s  %,9.0f rows/s%n", copySeconds, ROWS / copySeconds);

			HeapSampler heap = new HeapSampler();
			heap.start();
			long started = System.nanoTime();
			LeadImportView done = importFile(context.getBean(LeadImports.class), csv);
			double importSeconds = (System.nanoTime() - started) / 1e9;
			awaitEvents(jdbc);
			if (ROUTING) {
				awaitRouting(jdbc);
			}
			double allSeconds = (System.nanoTime() - started) / 1e9;
			heap.stopSampling();

			double copyAgain = copy(dataSource, csv);
			System.out.printf("COPY raw:     %6.1f s  %,9.0f rows/s (again, after the import)%n", copyAgain,
					ROWS / copyAgain);
			double baseline = Math.min(copySeconds, copyAgain);
			System.out.printf("import:       %6.1f s  %,9.0f rows/s  state %s%n", importSeconds, ROWS / importSeconds,
					done.state());
			System.out.printf("  rows %,d: new %,d, duplicates %,d, invalid %,d, junk %,d, rejected %,d in %d chunks%n",
					done.rowsRead(), done.accepted(), done.duplicates(), done.invalid(), done.junk(), done.rejected(),
					done.chunks());
			System.out.printf("import + timeline + routing done: %6.1f s  %,9.0f rows/s%n", allSeconds,
					ROWS / allSeconds);
			System.out.printf(
					"ratio import / COPY (faster COPY as baseline): %.4f; with timeline and routing done: %.4f%n",
					baseline / importSeconds, baseline / allSeconds);
			System.out.printf("peak heap used: %,d MB (sampled every 20 ms; max heap %,d MB)%n", heap.peak() >> 20,
					Runtime.getRuntime().maxMemory() >> 20);
			System.out.printf(
					"data: %,d customers, %,d leads (%,d routed to a dealer), %,d sources, %,d timeline" + " entries%n",
					count(jdbc, "customers"), count(jdbc, "leads"),
					jdbc.sql("SELECT count(*) FROM leads WHERE dealer_id IS NOT NULL").query(Long.class).single(),
					count(jdbc, "lead_sources"), count(jdbc, "customer_timeline"));
		}
		finally {
			Files.deleteIfExists(csv);
		}
	}

	/** Customers who exist before the import (6% of its rows are theirs). */
	static void seed(JdbcClient jdbc) {
		long started = System.nanoTime();
		jdbc.sql("INSERT INTO customers (id, status, lifecycle_stage, name, city_code, version, created_at, updated_at)"
				+ " SELECT md5('c' || n)::uuid, 'ACTIVE', 'PROSPECT', 'Seed ' || n, '310100', 0,"
				+ " now() - n * interval '1 second', now() FROM generate_series(1, ?) n")
			.param(SEEDED)
			.update();
		jdbc.sql("INSERT INTO customer_identities (id, customer_id, kind, identifier, source, created_at)"
				+ " SELECT md5('p' || n)::uuid, md5('c' || n)::uuid, 'PHONE', '+86151' || lpad(n::text, 8, '0'),"
				+ " 'bench', now() FROM generate_series(1, ?) n")
			.param(SEEDED)
			.update();
		jdbc.sql("ANALYZE").update();
		System.out.printf("seeded %,d customers in %.1f s%n", SEEDED, (System.nanoTime() - started) / 1e9);
	}

	static long generate(Path csv) throws IOException {
		Random random = new Random(42);
		long person = 0;
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			out.write('\n');
			for (int i = 0; i < ROWS; i++) {
				double kind = random.nextDouble();
				long who;
				String phone;
				if (kind < 0.02) {
					phone = String.valueOf(random.nextInt(100_000, 9_999_999));
					who = -1;
				}
				else if (kind < 0.04) {
					phone = JUNK[random.nextInt(JUNK.length)];
					who = -1;
				}
				else if (kind < 0.10) {
					long n = random.nextInt(1, SEEDED + 1);
					phone = "+86 151" + String.format("%08d", n);
					who = -1;
				}
				else if (kind < 0.14 && person > 1000) {
					who = person - random.nextLong(1, 1000);
					phone = phone(who);
				}
				else {
					who = person++;
					phone = phone(who);
				}
				String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
						+ (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
				String email = who >= 0 && who % 4 == 0 ? "p" + who + "@example.com" : "";
				out.write(CHANNELS[random.nextInt(CHANNELS.length)]);
				out.write(',');
				out.write(phone);
				out.write(',');
				out.write(name);
				out.write(',');
				out.write(email);
				out.write(',');
				out.write(CITIES[random.nextInt(CITIES.length)]);
				out.write(',');
				out.write(MODELS[random.nextInt(MODELS.length)]);
				out.write(',');
				out.write(TIMEFRAMES[random.nextInt(TIMEFRAMES.length)]);
				out.write(',');
				out.write(random.nextInt(10) < 3 ? "true" : "false");
				out.write(',');
				out.write(random.nextBoolean() ? String.valueOf(random.nextInt(80, 500) * 1000) : "");
				out.write(',');
				out.write(random.nextInt(10) < 6 ? "true" : "false");
				out.write(",campaign-");
				out.write(String.valueOf(random.nextInt(20)));
				out.write(',');
				out.write(random.nextBoolean() ? "wechat" : "baidu");
				out.write('\n');
			}
		}
		return Files.size(csv);
	}

	/** Person n's mobile: distinct for every n (an odd multiplier permutes 10^8). */
	static String phone(long n) {
		return PREFIXES[(int) (n % PREFIXES.length)]
				+ String.format("%08d", (n / PREFIXES.length * 7_919_879L + 13_579_246L) % 100_000_000L);
	}

	/** COPY of the file as it is into a fresh staging table of text columns. */
	static double copy(DataSource dataSource, Path csv) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			try (var statement = connection.createStatement()) {
				statement.execute("DROP TABLE IF EXISTS lead_import_raw");
				statement
					.execute("CREATE TABLE lead_import_raw (" + String.join(" TEXT, ", HEADER.split(",")) + " TEXT)");
			}
			long started = System.nanoTime();
			try (InputStream in = Files.newInputStream(csv)) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY lead_import_raw FROM STDIN WITH (FORMAT csv, HEADER true)", in);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			try (var statement = connection.createStatement()) {
				statement.execute("DROP TABLE lead_import_raw");
			}
			return seconds;
		}
	}

	static LeadImportView importFile(LeadImports imports, Path csv) throws Exception {
		ForecourtPrincipal hq = new ForecourtPrincipal("bench:hq", "bench", ForecourtPrincipal.Kind.USER,
				Set.of(Role.OEM_HQ), AccessScope.all(), null);
		SecurityContextHolder.getContext().setAuthentication(ForecourtAuthentication.of(hq));
		UUID id;
		try (InputStream in = Files.newInputStream(csv)) {
			id = imports.start(in, "bench.csv").id();
		}
		long lastReport = System.nanoTime();
		while (true) {
			LeadImportView view = imports.view(id);
			if (!view.running()) {
				return view;
			}
			if (System.nanoTime() - lastReport > 10_000_000_000L) {
				System.out.printf("  ... %,d rows%n", view.rowsRead());
				lastReport = System.nanoTime();
			}
			Thread.sleep(100);
		}
	}

	/**
	 * Waits until every event publication has completed: the timeline entries are written
	 * and the leads routed.
	 */
	static void awaitEvents(JdbcClient jdbc) throws InterruptedException {
		long lastReport = System.nanoTime();
		while (true) {
			long open = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
				.query(Long.class)
				.single();
			if (open == 0) {
				return;
			}
			if (System.nanoTime() - lastReport > 10_000_000_000L) {
				System.out.printf("  ... %,d event publications open%n", open);
				lastReport = System.nanoTime();
			}
			Thread.sleep(100);
		}
	}

	/** Waits until every valid new lead has been routed (or found no dealer). */
	static void awaitRouting(JdbcClient jdbc) throws InterruptedException {
		long lastReport = System.nanoTime();
		while (true) {
			long waiting = jdbc
				.sql("SELECT count(*) FROM leads l WHERE l.status = 'NEW' AND l.customer_id IS NOT NULL"
						+ " AND NOT EXISTS (SELECT 1 FROM lead_assignments a WHERE a.lead_id = l.id)")
				.query(Long.class)
				.single();
			if (waiting == 0) {
				return;
			}
			if (System.nanoTime() - lastReport > 10_000_000_000L) {
				System.out.printf("  ... %,d leads waiting for routing%n", waiting);
				lastReport = System.nanoTime();
			}
			Thread.sleep(500);
		}
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	/** The largest heap use seen while the import runs. */
	private static final class HeapSampler extends Thread {

		private final AtomicLong peak = new AtomicLong();

		private volatile boolean running = true;

		HeapSampler() {
			setDaemon(true);
		}

		@Override
		public void run() {
			var memory = ManagementFactory.getMemoryMXBean();
			while (this.running) {
				this.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void stopSampling() {
			this.running = false;
		}

		long peak() {
			return this.peak.get();
		}

	}

}
