package io.forecourt.sales.testdrives;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.forecourt.support.ApiResponse;
import io.forecourt.support.AppInstances;
import io.forecourt.support.AppProcess;
import io.forecourt.support.RequiresService;
import io.forecourt.support.TestServices;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test-drive bookings from two Forecourt instances (separate JVMs) on one PostgreSQL
 * database: clients racing for one slot through both get each car once, and when one
 * instance is killed with SIGKILL in the middle of a stream of bookings, the other goes
 * on, no car or consultant is ever booked twice, every booking answered as made is in the
 * database, nothing answered as refused is, a client's retry of an unanswered booking on
 * the other instance neither loses nor doubles it, and the events of the bookings the
 * dead instance committed are delivered by the survivor.
 */
@RequiresService(TestServices.POSTGRESQL)
class TwoInstanceTestDriveTests {

	private static final Logger log = LoggerFactory.getLogger(TwoInstanceTestDriveTests.class);

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final int CARS = 3;

	private static final int CONSULTANTS = 4;

	private static AppInstances instances;

	private static String key;

	private static UUID dealer;

	private final AtomicInteger phones = new AtomicInteger();

	@BeforeAll
	static void startTwoInstancesAndADealer() throws Exception {
		instances = AppInstances.builder()
			.demoData(true)
			// The survivor resends the dead instance's undelivered events soon.
			.property("forecourt.events.resubmit-older-than", "PT10S")
			.property("forecourt.events.resubmit-interval", "PT3S")
			.build();
		instances.start("a", "b");
		key = instances.adminKey();
		dealer = dealerWithFleet(instances.instance("a"));
	}

	@AfterAll
	static void stopInstances() {
		if (instances != null) {
			instances.close();
		}
	}

	@BeforeEach
	void bothInstancesRun() {
		for (AppProcess instance : instances.instances()) {
			if (!instance.isAlive()) {
				instance.restart();
			}
		}
	}

	@Test
	void clientsRacingForOneSlotThroughBothInstancesGetEachCarOnce() throws Exception {
		AppProcess a = instances.instance("a");
		AppProcess b = instances.instance("b");
		String start = slots(b, LocalDate.now(SHANGHAI).plusDays(2)).get(10);
		List<AppProcess> targets = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			targets.add(i % 2 == 0 ? a : b);
		}

		List<ApiResponse> answers = race(targets, start);

		List<ApiResponse> won = answers.stream().filter(r -> r.status() == 201).toList();
		assertThat(won).hasSize(CARS);
		assertThat(answers).filteredOn(r -> r.status() != 201)
			.hasSize(24 - CARS)
			.allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(409));
		List<Map<String, Object>> rows = instances.jdbc()
			.sql("SELECT id, car_id, consultant_id FROM test_drive_bookings WHERE dealer_id = ? AND starts_at = CAST(? AS TIMESTAMP WITH TIME ZONE)")
			.params(dealer, start)
			.query()
			.listOfRows();
		assertThat(rows).extracting(r -> r.get("id").toString())
			.containsExactlyInAnyOrderElementsOf(won.stream().map(r -> r.<String>json("$.id")).toList());
		assertThat(rows.stream().map(r -> r.get("car_id")).distinct()).hasSize(CARS);
		assertThat(rows.stream().map(r -> r.get("consultant_id")).distinct()).hasSize(CARS);
	}

	@Test
	void killingOneInstanceMidLoadLosesNoBookingAndDoublesNone() throws Exception {
		AppProcess a = instances.instance("a");
		AppProcess b = instances.instance("b");
		LocalDate day = LocalDate.now(SHANGHAI).plusDays(3);
		List<String> slots = slots(b, day);
		Load load = new Load(a, b, slots);

		load.start(8);
		load.awaitAnswers(40);
		a.kill();
		int answeredAtKill = load.answers.size();
		load.awaitAnswers(answeredAtKill + 60);
		load.stop();

		assertThat(load.failures).as("answers other than 201 and 409").isEmpty();
		List<Attempt> unanswered = load.attempts.stream().filter(t -> t.answer == null).toList();
		assertThat(load.attempts).as("answers from the instance killed, before the kill")
			.anyMatch(t -> t.answer != null && t.instance.equals("a"));
		assertThat(load.attempts).as("bookings made after the kill, by the survivor")
			.anyMatch(t -> t.after && t.answer != null && t.answer.status() == 201);
		assertNoCarOrConsultantBookedTwice(day);
		assertEveryAnswerMatchesTheDatabase(day, load.attempts);

		// A client retries what got no answer, on the survivor, with the same key: a
		// booking the dead instance committed is returned (200), never made twice.
		for (Attempt attempt : unanswered) {
			ApiResponse retry = book(b, attempt.start, attempt.phone, attempt.key);
			assertThat(retry.status()).as(retry.toString()).isIn(200, 201, 409);
			attempt.answer = retry;
		}
		assertNoCarOrConsultantBookedTwice(day);
		assertEveryAnswerMatchesTheDatabase(day, load.attempts);
		log.info("{} booking requests, {} answered before the kill, {} after it; {} unanswered, retried on b: {}",
				load.attempts.size(), answeredAtKill, load.answers.size() - answeredAtKill, unanswered.size(),
				unanswered.stream().map(t -> t.answer.status()).toList());

		assertEveryBookingsEventIsDeliveredOnce();

		a.restart();
		String tomorrowLate = slots(a, LocalDate.now(SHANGHAI).plusDays(4)).get(20);
		ApiResponse afterRestart = book(a, tomorrowLate, nextPhone(), UUID.randomUUID().toString());
		assertThat(afterRestart.status()).as(afterRestart.toString()).isEqualTo(201);
		String madeByB = load.attempts.stream()
			.filter(t -> t.after && t.answer != null && t.answer.status() == 201)
			.findFirst()
			.orElseThrow().answer.json("$.id");
		assertThat(a.get("/api/v1/test-drives/" + madeByB, key).status()).isEqualTo(200);
	}

	private static void assertNoCarOrConsultantBookedTwice(LocalDate day) {
		for (String resource : List.of("car_id", "consultant_id")) {
			long overlaps = instances.jdbc()
				.sql("SELECT count(*) FROM test_drive_bookings x JOIN test_drive_bookings y ON x." + resource + " = y."
						+ resource + " AND x.id < y.id AND x.starts_at < y.ends_at AND y.starts_at < x.ends_at"
						+ " WHERE x.dealer_id = ? AND y.dealer_id = ? AND x.status = 'BOOKED' AND y.status = 'BOOKED'")
				.params(dealer, dealer)
				.query(Long.class)
				.single();
			assertThat(overlaps).as("overlapping bookings of one " + resource).isZero();
		}
		long perSlotOverCapacity = instances.jdbc()
			.sql("SELECT count(*) FROM (SELECT starts_at FROM test_drive_bookings WHERE dealer_id = ?"
					+ " GROUP BY starts_at HAVING count(*) > ?) crowded")
			.params(dealer, CARS)
			.query(Long.class)
			.single();
		assertThat(perSlotOverCapacity).as("slots with more bookings than cars").isZero();
		long holdsMissing = instances.jdbc()
			.sql("SELECT count(*) FROM test_drive_bookings k WHERE k.dealer_id = ? AND k.status = 'BOOKED'"
					+ " AND (SELECT count(*) FROM test_drive_holds h WHERE h.booking_id = k.id) <> 6")
			.param(dealer)
			.query(Long.class)
			.single();
		assertThat(holdsMissing).as("bookings without their car's and consultant's 3 quarter hours each").isZero();
	}

	/**
	 * 201 and 200: the booking with that Idempotency-Key is in the database, with that
	 * id; 409: no booking has the key; no answer: either, but never two.
	 */
	private static void assertEveryAnswerMatchesTheDatabase(LocalDate day, Iterable<Attempt> attempts) {
		Map<String, String> bookingByKey = instances.jdbc()
			.sql("SELECT request_key, id FROM test_drive_bookings WHERE dealer_id = ? AND starts_at >= ?"
					+ " AND starts_at < ?")
			.params(dealer, day.atStartOfDay(SHANGHAI).toOffsetDateTime(),
					day.plusDays(1).atStartOfDay(SHANGHAI).toOffsetDateTime())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Set<String> sent = new HashSet<>();
		for (Attempt attempt : attempts) {
			sent.add(attempt.key);
			if (attempt.answer == null) {
				continue;
			}
			switch (attempt.answer.status()) {
				case 200, 201 -> assertThat(bookingByKey.get(attempt.key)).as("the booking answered to " + attempt)
					.isEqualTo(attempt.answer.<String>json("$.id"));
				case 409 ->
					assertThat(bookingByKey).as("a booking for the refused " + attempt).doesNotContainKey(attempt.key);
				default -> throw new AssertionError("unexpected answer to " + attempt);
			}
		}
		assertThat(sent).as("keys of the bookings in the database").containsAll(bookingByKey.keySet());
	}

	/**
	 * Each booking's event was recorded with it (the outbox), and the survivor delivered
	 * those the dead instance had not: every booking is on its customer's timeline once.
	 */
	private static void assertEveryBookingsEventIsDeliveredOnce() throws InterruptedException {
		long withoutEvent = instances.jdbc()
			.sql("SELECT count(*) FROM test_drive_bookings k WHERE k.dealer_id = ? AND NOT EXISTS (SELECT 1"
					+ " FROM event_publication p WHERE p.event_type LIKE '%TestDriveBooked'"
					+ " AND p.serialized_event LIKE '%' || CAST(k.id AS VARCHAR) || '%')")
			.param(dealer)
			.query(Long.class)
			.single();
		assertThat(withoutEvent).as("bookings without their TestDriveBooked publication").isZero();
		log.info(
				"TestDriveBooked publications undelivered after the load (the dead instance's, and any the"
						+ " survivor is still delivering): {}",
				instances.jdbc()
					.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%TestDriveBooked'"
							+ " AND completion_date IS NULL")
					.query(Long.class)
					.single());
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		long undelivered;
		long incomplete;
		do {
			Thread.sleep(500);
			undelivered = instances.jdbc()
				.sql("SELECT count(*) FROM test_drive_bookings k WHERE k.dealer_id = ? AND 1 <> (SELECT count(*)"
						+ " FROM customer_timeline t WHERE t.type = 'TEST_DRIVE_BOOKED'"
						+ " AND t.ref_id = CAST(k.id AS VARCHAR))")
				.param(dealer)
				.query(Long.class)
				.single();
			incomplete = instances.jdbc()
				.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%TestDriveBooked'"
						+ " AND completion_date IS NULL")
				.query(Long.class)
				.single();
		}
		while ((undelivered > 0 || incomplete > 0) && System.nanoTime() < deadline);
		assertThat(undelivered).as("bookings not on their customer's timeline exactly once").isZero();
		assertThat(incomplete).as("TestDriveBooked publications not completed").isZero();
	}

	/** Sends one booking per target for the same slot, all released together. */
	private List<ApiResponse> race(List<AppProcess> targets, String start) throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<ApiResponse>> answers = new ArrayList<>();
			for (AppProcess target : targets) {
				String phone = nextPhone();
				answers.add(clients.submit(() -> {
					go.await();
					return book(target, start, phone, UUID.randomUUID().toString());
				}));
			}
			go.countDown();
			List<ApiResponse> responses = new ArrayList<>();
			for (Future<ApiResponse> answer : answers) {
				responses.add(answer.get());
			}
			return responses;
		}
	}

	private static ApiResponse book(AppProcess instance, String start, String phone, String requestKey)
			throws IOException, InterruptedException {
		return instance.post("/api/v1/test-drives", key, """
				{"dealerId": "%s", "modelCode": "E5", "start": "%s", "phone": "%s", "name": "两实例"}
				""".formatted(dealer, start, phone), "Idempotency-Key", requestKey);
	}

	private String nextPhone() {
		return String.valueOf(13_920_000_000L + this.phones.incrementAndGet());
	}

	/** The starts of a day's slots for the E5, as the instance lists them. */
	private static List<String> slots(AppProcess instance, LocalDate date) throws Exception {
		ApiResponse slots = instance.get("/api/v1/test-drive-slots?dealerId=" + dealer + "&modelCode=E5&date=" + date,
				key);
		assertThat(slots.status()).as(slots.toString()).isEqualTo(200);
		List<String> starts = slots.json("$.slots[?(@.bookable == true)].start");
		assertThat(starts).hasSizeGreaterThan(20);
		return starts;
	}

	/**
	 * A dealer of the test's own in Lhasa (empty in the demo network), open all day every
	 * day, with four consultants and three E5 test-drive cars, made through the API.
	 */
	private static UUID dealerWithFleet(AppProcess instance) throws Exception {
		String region = instance.get("/api/v1/regions", key).json("$[0].id");
		String code = "ZP-MI-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		String day = "\"00:00-23:45\"";
		ApiResponse created = instance.post("/api/v1/dealers", key, """
				{"code": "%s", "regionId": "%s", "nameZh": "双实例测试店", "nameEn": "Two-instance test dealer",
				 "address": "测试路 2 号", "cityCode": "540100", "latitude": 29.65, "longitude": 91.17,
				 "phone": "0891 600 0000", "brands": ["Huaxia"], "workshopBays": 2,
				 "openingHours": {"MONDAY": %s, "TUESDAY": %s, "WEDNESDAY": %s, "THURSDAY": %s, "FRIDAY": %s,
				                  "SATURDAY": %s, "SUNDAY": %s}}
				""".formatted(code, region, day, day, day, day, day, day, day));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.json("$.id"));
		for (int i = 0; i < CONSULTANTS; i++) {
			ApiResponse staff = instance.post("/api/v1/staff", key, """
					{"dealerId": "%s", "name": "顾问 %d", "phone": "1360000%04d", "roles": ["SALES_CONSULTANT"]}
					""".formatted(id, i, i));
			assertThat(staff.status()).as(staff.toString()).isEqualTo(201);
		}
		for (int i = 0; i < CARS; i++) {
			ApiResponse car = instance.post("/api/v1/test-drive-cars", key, """
					{"dealerId": "%s", "vin": "%s", "modelCode": "E5", "trimCode": "E5-LR"}
					""".formatted(id, TestDriveWork.vin()));
			assertThat(car.status()).as(car.toString()).isEqualTo(201);
		}
		return id;
	}

	/** One booking request: what was sent, and the answer, if one came. */
	static final class Attempt {

		final String start;

		final String phone;

		final String key = UUID.randomUUID().toString();

		final String instance;

		final boolean after;

		volatile @Nullable ApiResponse answer;

		Attempt(String start, String phone, String instance, boolean after) {
			this.start = start;
			this.phone = phone;
			this.instance = instance;
			this.after = after;
		}

		@Override
		public String toString() {
			return "booking " + this.key + " at " + this.start + " through " + this.instance + ": " + this.answer;
		}

	}

	/**
	 * Clients booking one after another, half through each instance, spreading over the
	 * day's slots. A client whose instance gives no answer moves to the other one, as a
	 * load balancer would take a dead instance out.
	 */
	final class Load {

		final AppProcess a;

		final AppProcess b;

		final List<String> slots;

		final AtomicInteger next = new AtomicInteger();

		final AtomicBoolean stop = new AtomicBoolean();

		final AtomicBoolean aDown = new AtomicBoolean();

		final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<Attempt> answers = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

		final List<Thread> clients = new ArrayList<>();

		Load(AppProcess a, AppProcess b, List<String> slots) {
			this.a = a;
			this.b = b;
			this.slots = slots;
		}

		void start(int perInstance) {
			for (int i = 0; i < 2 * perInstance; i++) {
				boolean throughA = i % 2 == 0;
				this.clients.add(Thread.ofVirtual().name("client-" + i).start(() -> run(throughA)));
			}
		}

		private void run(boolean throughA) {
			while (!this.stop.get()) {
				AppProcess target = throughA && !this.aDown.get() ? this.a : this.b;
				String start = this.slots.get(this.next.getAndIncrement() % this.slots.size());
				Attempt attempt = new Attempt(start, nextPhone(), target.name(), !this.a.isAlive());
				this.attempts.add(attempt);
				try {
					attempt.answer = book(target, start, attempt.phone, attempt.key);
					this.answers.add(attempt);
					if (attempt.answer.status() != 201 && attempt.answer.status() != 409) {
						this.failures.add(attempt.toString());
					}
				}
				catch (IOException ex) {
					if (target == this.a) {
						this.aDown.set(true);
					}
					else {
						this.failures.add(attempt + " (" + ex + ")");
					}
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		/** Waits until this many requests were answered. */
		void awaitAnswers(int count) throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (this.answers.size() < count) {
				assertThat(System.nanoTime()).as("%d answers within 2 minutes; failures %s", count, this.failures)
					.isLessThan(deadline);
				Thread.sleep(20);
			}
		}

		void stop() throws InterruptedException {
			this.stop.set(true);
			for (Thread client : this.clients) {
				client.join(Duration.ofMinutes(2));
			}
		}

	}

}
