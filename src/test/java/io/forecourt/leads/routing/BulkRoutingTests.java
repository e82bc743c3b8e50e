package io.forecourt.leads.routing;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.leads.capture.BulkCapture;
import io.forecourt.leads.capture.CaptureRequest;
import io.forecourt.leads.grading.PurchaseTimeframe;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.MutableClock;
import io.forecourt.support.TestDealers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing a chunk of leads together: the same assignments as routing them one by one, for
 * generated data (preferred and previous dealers, reclaims, full and paused dealers,
 * consultants' weights and loads, an inactive consultant), and each lead assigned once
 * when two bulk routers are given overlapping leads.
 *
 * <p>
 * The dealers are this test's own, in Xinjiang, where no other test of this context
 * routes. Automatic routing is off in this context, so the leads wait in the pool.
 */
@LeadLifecycleTest
class BulkRoutingTests {

	private static final String URUMQI = "650100";

	private static final List<String> CITIES = List.of(URUMQI, "650102", "650200", "652300");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LeadRouting routing;

	@Autowired
	BulkCapture capture;

	@Autowired
	MutableClock clock;

	@Autowired
	PlatformTransactionManager transactions;

	String hq;

	List<UUID> dealers = new ArrayList<>();

	List<UUID> consultants = new ArrayList<>();

	@BeforeAll
	void dealers() throws Exception {
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.dealers.add(TestDealers.register(this.mvc, this.jdbc, this.hq, "ZP-XJA", URUMQI, List.of("艾力", "古丽")));
		this.dealers
			.add(TestDealers.register(this.mvc, this.jdbc, this.hq, "ZP-XJB", URUMQI, List.of("买买提", "阿依", "热娜")));
		this.dealers.add(TestDealers.register(this.mvc, this.jdbc, this.hq, "ZP-XJC", URUMQI, List.of("王强")));
		this.dealers.add(TestDealers.register(this.mvc, this.jdbc, this.hq, "ZP-XJD", "650200", List.of("李娜", "赵磊")));
		this.dealers.add(TestDealers.register(this.mvc, this.jdbc, this.hq, "ZP-XJE", "650200", List.of()));
		for (UUID dealer : this.dealers) {
			this.consultants.addAll(this.jdbc.sql("SELECT id FROM staff WHERE dealer_id = ? ORDER BY name")
				.param(dealer)
				.query(UUID.class)
				.list());
		}
	}

	@Test
	void routingAChunkTogetherAssignsAsRoutingItsLeadsOneByOne() {
		int routed = 0;
		for (long seed = 1; seed <= 4; seed++) {
			Random random = new Random(seed);
			vary(random);
			List<UUID> leads = pooledLeads(random, 48);
			// some leads routed for real first: consultants' loads and dealers' day move
			// on
			Collections.shuffle(leads, random);
			this.routing.routeAll(leads.subList(0, 12));
			List<UUID> compared = new ArrayList<>(leads.subList(12, leads.size()));
			this.clock.advance(Duration.ofSeconds(1));

			List<RoutingOutcome> oneByOne = rolledBack(() -> compared.stream().map(lead -> {
				this.clock.advance(Duration.ofMillis(1));
				return this.routing.route(lead);
			}).toList());
			List<RoutingOutcome> together = rolledBack(() -> this.routing.routeTogether(compared));

			assertThat(together).as("seed %d", seed).isEqualTo(oneByOne);
			routed += (int) oneByOne.stream().filter(RoutingOutcome::routed).count();
		}
		// the generated data exercised routing, not only the pool
		assertThat(routed).isGreaterThan(40);
	}

	@Test
	void twoBulkRoutersGivenOverlappingLeadsAssignEachLeadOnceAndKeepCapacityExact() throws Exception {
		// Turpan: one dealer of its own, five leads a day; the rest go to the province
		UUID turpan = TestDealers.register(this.mvc, this.jdbc, this.hq, "ZP-XJT", "650400", List.of("阿里", "巴图"));
		this.jdbc
			.sql("INSERT INTO lead_dealer_capacity (dealer_id, daily_capacity, accepting, version)"
					+ " VALUES (?, 5, TRUE, 0)")
			.param(turpan)
			.update();
		List<UUID> leads = capture(new Random(7), 30, "650400");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<List<RoutingOutcome>> first = pool.submit(() -> {
				start.await();
				return committed(leads.subList(0, 20));
			});
			Future<List<RoutingOutcome>> second = pool.submit(() -> {
				start.await();
				return committed(leads.subList(10, 30));
			});
			start.countDown();
			first.get(2, TimeUnit.MINUTES);
			second.get(2, TimeUnit.MINUTES);
		}
		finally {
			pool.shutdown();
		}
		for (UUID lead : leads) {
			assertThat(this.jdbc.sql("SELECT count(*) FROM lead_assignments WHERE lead_id = ?")
				.param(lead)
				.query(Long.class)
				.single()).as("decisions on lead %s", lead).isEqualTo(1);
		}
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM leads WHERE routed_at IS NULL AND id IN ("
					+ leads.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")")
			.query(Long.class)
			.single()).isZero();
		Map<UUID, Long> perConsultant = this.jdbc.sql("SELECT consultant_id FROM leads WHERE dealer_id = ?")
			.param(turpan)
			.query(UUID.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(c -> c, Collectors.counting()));
		assertThat(perConsultant.values()).containsExactlyInAnyOrder(3L, 2L);
	}

	/** Capacities, pauses, consultants' weights, an inactive consultant: at random. */
	private void vary(Random random) {
		for (UUID dealer : this.dealers) {
			this.jdbc.sql("DELETE FROM lead_dealer_capacity WHERE dealer_id = ?").param(dealer).update();
			Integer[] capacities = { null, 2, 4, 7, 1000 };
			this.jdbc
				.sql("INSERT INTO lead_dealer_capacity (dealer_id, daily_capacity, accepting, version)"
						+ " VALUES (?, ?, ?, 0)")
				.params(dealer, capacities[random.nextInt(capacities.length)], random.nextInt(10) > 0)
				.update();
		}
		for (UUID consultant : this.consultants) {
			this.jdbc.sql("DELETE FROM lead_consultant_weights WHERE staff_id = ?").param(consultant).update();
			if (random.nextBoolean()) {
				this.jdbc.sql("INSERT INTO lead_consultant_weights (staff_id, weight) VALUES (?, ?)")
					.params(consultant, random.nextInt(4))
					.update();
			}
			this.jdbc.sql("UPDATE staff SET active = ? WHERE id = ?")
				.params(random.nextInt(8) > 0, consultant)
				.update();
		}
		// the routing snapshot keeps the dealers a few seconds; capacities are read live
		this.clock.advance(Duration.ofSeconds(1));
	}

	/**
	 * Leads in the pool in Xinjiang's cities, some of customers with a preferred dealer,
	 * some with an earlier lead at a dealer, some reclaimed from a dealer before.
	 */
	private List<UUID> pooledLeads(Random random, int count) {
		List<UUID> leads = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String city = CITIES.get(random.nextInt(CITIES.size()));
			leads.addAll(capture(random, 1, city));
		}
		for (UUID lead : leads) {
			UUID customer = this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?")
				.param(lead)
				.query(UUID.class)
				.single();
			int kind = random.nextInt(10);
			UUID dealer = this.dealers.get(random.nextInt(this.dealers.size()));
			if (kind == 0) {
				this.jdbc.sql("UPDATE customers SET preferred_dealer_id = ? WHERE id = ?")
					.params(dealer, customer)
					.update();
			}
			else if (kind == 1) {
				// an earlier lead of another brand, at a dealer
				this.jdbc
					.sql("""
							INSERT INTO leads (id, customer_id, original_customer_id, dealer_id, brand, channel, phone_valid,
							    status, purchase_timeframe, test_drive_requested, consent_marketing, captured_at,
							    updated_at, version)
							VALUES (?, ?, ?, ?, 'Aurora', 'autohome', TRUE, 'ASSIGNED', 'UNKNOWN', FALSE, FALSE, ?, ?, 0)
							""")
					.params(UUID.randomUUID(), customer, customer, dealer,
							Timestamp.from(this.clock.instant().minus(Duration.ofDays(3))),
							Timestamp.from(this.clock.instant()))
					.update();
			}
			else if (kind == 2) {
				this.jdbc.sql("""
						INSERT INTO lead_sla_breaches (id, lead_id, dealer_id, consultant_id, breach_number, due_at,
						    detected_at, action)
						VALUES (?, ?, ?, NULL, 2, ?, ?, 'RECLAIMED')
						""")
					.params(UUID.randomUUID(), lead, dealer, Timestamp.from(this.clock.instant()),
							Timestamp.from(this.clock.instant()))
					.update();
			}
		}
		return leads;
	}

	private List<UUID> capture(Random random, int count, String city) {
		List<CaptureRequest> requests = new ArrayList<>();
		PurchaseTimeframe[] timeframes = PurchaseTimeframe.values();
		for (int i = 0; i < count; i++) {
			requests.add(new CaptureRequest("autohome", null, null, null, null, null, null, null, "测试", mobile(random),
					null, null, null, city, timeframes[random.nextInt(timeframes.length)], random.nextBoolean(), null,
					false, null));
		}
		List<BulkCapture.Outcome> outcomes = CurrentAccess.asSystem(() -> this.capture.captureAll(requests, o -> {
		}));
		return outcomes.stream().map(o -> o.result().leadId()).toList();
	}

	private static String mobile(Random random) {
		while (true) {
			String phone = "135" + String.format("%08d", random.nextInt(100_000_000));
			if (!phone.matches(".*(\\d)\\1{7}.*") && !phone.contains("12345678") && !phone.contains("23456789")) {
				return phone;
			}
		}
	}

	/** Routes in a transaction that is rolled back: the data stay as they were. */
	private <T> T rolledBack(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(this.transactions).execute(status -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

	private List<RoutingOutcome> committed(List<UUID> leads) {
		return new TransactionTemplate(this.transactions).execute(status -> this.routing.routeTogether(leads));
	}

}
