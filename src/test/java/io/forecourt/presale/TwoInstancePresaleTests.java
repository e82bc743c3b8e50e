package io.forecourt.presale;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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
 * A presale launch on two Forecourt instances (separate JVMs) sharing one PostgreSQL
 * database, rate limits shared through Redis: participants reserving through both never
 * get more than the quota or a configuration's cap, every "reserved" answer is a
 * reservation in the database and no refusal is, and each participant is recorded and
 * captured as a lead once. When one instance is killed with SIGKILL mid-launch, the other
 * goes on, the dead one's answered reservations stand, its unpaid holds come back to the
 * quota at their deadline through the survivor's expiry job, and the participant batches
 * it left unpublished are delivered by the survivor.
 */
@RequiresService({ TestServices.POSTGRESQL, TestServices.REDIS })
class TwoInstancePresaleTests {

	private static final Logger log = LoggerFactory.getLogger(TwoInstancePresaleTests.class);

	private static final AtomicLong PHONES = new AtomicLong(
			10_000_000L + (System.nanoTime() & 0x3FFFFFL) * 37 % 80_000_000L);

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static AppInstances instances;

	private static String hq;

	private static String e5;

	private static String e5Performance;

	@BeforeAll
	static void startTwoInstances() throws Exception {
		instances = AppInstances.builder()
			.demoData(true)
			// each instance its own name in the counters (-Dforecourt.instance=<name>)
			.property("forecourt.instance-id", "${forecourt.instance}")
			.property("forecourt.rate-limit.store", "redis")
			.property("forecourt.redis.url", "redis://" + TestServices.REDIS.host() + ":" + TestServices.REDIS.port())
			// the survivor expires the dead instance's holds and resends its events soon
			.property("forecourt.presale.expiry-interval", "PT1S")
			.property("forecourt.events.resubmit-older-than", "PT10S")
			.property("forecourt.events.resubmit-interval", "PT3S")
			// a loaded test machine: a claim may wait longer for its slot than in
			// production
			.property("forecourt.presale.claim-wait", "PT0.5S")
			// a campaign made through one instance is found by the other at its first
			// attempt (looked up on a miss), long before its copy would expire
			.property("forecourt.presale.campaign-cache-ttl", "PT10M")
			.build();
		instances.start("a", "b");
		hq = instances.adminKey();
		AppProcess a = instances.instance("a");
		e5 = configure(a, "E5-LR", "PEARL-WHITE");
		e5Performance = configure(a, "E5-PERF", "CINNABAR-RED");
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
	void participantsThroughBothInstancesNeverGetMoreThanTheQuotaOrTheCap() throws Exception {
		AppProcess a = instances.instance("a");
		AppProcess b = instances.instance("b");
		int quota = 60;
		int cap = 20;
		String campaign = createCampaign(a, quota, cap, 15);

		Launch launch = new Launch(campaign, a, b, 400);
		launch.run(24);

		assertThat(launch.failures).as("answers other than reserved, sold out (or limit reached on a retry)").isEmpty();
		assertThat(launch.all).allSatisfy(p -> assertThat(p.answer).as(p.phone).isNotNull());
		assertThat(launch.reservedBy("a")).as("reserved through a").isNotEmpty();
		assertThat(launch.reservedBy("b")).as("reserved through b").isNotEmpty();
		assertThat(launch.reserved()).as("everyone asked: the whole quota goes").hasSize(quota);
		assertNeverOversold(campaign, quota, cap);
		assertEveryAnswerMatchesTheDatabase(campaign, launch, Set.of());
		assertEveryParticipantRecordedAndCapturedOnce(campaign, launch.all.size());
	}

	@Test
	void killingOneInstanceMidLaunchLosesNoReservationAndOversellsNothing() throws Exception {
		AppProcess a = instances.instance("a");
		AppProcess b = instances.instance("b");
		int quota = 120;
		int cap = 40;
		// the shortest window a campaign may have: the dead instance's holds lapse soon
		String campaign = createCampaign(a, quota, cap, 1);

		Launch launch = new Launch(campaign, a, b, 1_500);
		launch.start(24);
		launch.awaitReservedThrough("a", 15);
		a.kill();
		int answeredAtKill = launch.answered.get();
		launch.awaitAnsweredAfterKill(answeredAtKill + 150);
		launch.stop();

		// a client retries what got no answer on the survivor, as the brand app would
		List<Participant> unanswered = launch.all.stream().filter(p -> p.answer == null).toList();
		Set<String> unansweredPhones = new HashSet<>();
		for (Participant participant : unanswered) {
			participant.retried = true;
			participant.answer = launch.untilDecided(b, participant);
			participant.instance = "b (retried)";
			unansweredPhones.add(participant.phone);
		}
		log.info("{} participants, {} answered before the kill, {} unanswered, retried on b: {}", launch.all.size(),
				answeredAtKill, unanswered.size(), unanswered.stream().map(p -> p.answer.status()).toList());
		assertThat(launch.failures).as("answers other than reserved, sold out (or limit reached on a retry)").isEmpty();
		assertThat(launch.reservedBy("a")).as("reserved through a before the kill").isNotEmpty();
		assertThat(launch.reservedAfterKill()).as("reserved through b after the kill").isNotEmpty();
		assertNeverOversold(campaign, quota, cap);
		assertEveryAnswerMatchesTheDatabase(campaign, launch, unansweredPhones);

		// the survivor's expiry job returns every unpaid hold, the dead instance's too,
		// once its deadline has passed
		UUID campaignId = campaignId(campaign);
		awaitTrue("every unpaid reservation expired and its unit back", Duration.ofMinutes(3),
				() -> count("SELECT count(*) FROM presale_reservations WHERE campaign_id = ? AND status = 'RESERVED'",
						campaignId) == 0
						&& count("SELECT count(*) FROM presale_units WHERE campaign_id = ? AND reservation_id IS NULL",
								campaignId) == quota);
		assertThat(count("SELECT count(*) FROM presale_reservations WHERE campaign_id = ? AND status = 'EXPIRED'",
				campaignId))
			.as("every reservation, the dead instance's included, expired")
			.isEqualTo(count("SELECT count(*) FROM presale_reservations WHERE campaign_id = ?", campaignId));
		Participant late = launch.newParticipant();
		assertThat(launch.untilDecided(b, late).status()).as("a unit returned by expiry is sold again").isEqualTo(201);

		assertEveryParticipantRecordedAndCapturedOnce(campaign, launch.all.size());
	}

	/** From the database: live and paid reservations within the quota and the cap. */
	private static void assertNeverOversold(String campaign, int quota, int cap) {
		UUID id = campaignId(campaign);
		Instant now = Instant.now();
		long live = instances.jdbc()
			.sql("SELECT count(*) FROM presale_reservations r JOIN presale_units u ON u.campaign_id = r.campaign_id"
					+ " AND u.slot = r.unit_slot AND u.reservation_id = r.id WHERE r.campaign_id = ?"
					+ " AND (r.status = 'PAID' OR (r.status = 'RESERVED' AND r.expires_at > ?))")
			.params(id, java.sql.Timestamp.from(now))
			.query(Long.class)
			.single();
		long liveRows = count("SELECT count(*) FROM presale_reservations WHERE campaign_id = ?"
				+ " AND (status = 'PAID' OR status = 'RESERVED')", id);
		long cappedLive = count("SELECT count(*) FROM presale_reservations WHERE campaign_id = ?"
				+ " AND (status = 'PAID' OR status = 'RESERVED') AND configuration_code = '" + e5 + "'", id);
		long tokenHolders = count(
				"SELECT count(*) FROM presale_config_tokens WHERE campaign_id = ? AND reservation_id IS NOT NULL", id);
		long unitsNamingTwo = count("SELECT count(*) FROM (SELECT reservation_id FROM presale_units"
				+ " WHERE campaign_id = ? AND reservation_id IS NOT NULL GROUP BY reservation_id HAVING count(*) > 1) x",
				id);
		log.info("campaign {}: {} live on their units, {} reservation rows live, {} of the capped configuration",
				campaign, live, liveRows, cappedLive);
		assertThat(live).as("live and paid reservations on their units").isLessThanOrEqualTo(quota);
		assertThat(liveRows).as("reservations RESERVED or PAID").isLessThanOrEqualTo(quota);
		assertThat(cappedLive).as("of the capped configuration").isLessThanOrEqualTo(cap);
		assertThat(tokenHolders).as("tokens held").isLessThanOrEqualTo(cap);
		assertThat(unitsNamingTwo).as("reservations holding two units").isZero();
	}

	/**
	 * Every 201 is the reservation in the database for that participant; a participant
	 * refused has none, except one whose request the dead instance may have committed
	 * without answering (the retry is then refused: limit reached, or sold out when the
	 * sold-out check answers first); nobody has two.
	 */
	private static void assertEveryAnswerMatchesTheDatabase(String campaign, Launch launch,
			Set<String> unansweredFirst) {
		Map<String, List<String>> byPhone = new HashMap<>();
		instances.jdbc()
			.sql("SELECT phone, id FROM presale_reservations WHERE campaign_id = ?")
			.param(campaignId(campaign))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> byPhone.computeIfAbsent(national(e.getKey()), k -> new ArrayList<>()).add(e.getValue()));
		Set<String> phones = new HashSet<>();
		for (Participant participant : launch.all) {
			phones.add(participant.phone);
			List<String> held = byPhone.getOrDefault(participant.phone, List.of());
			ApiResponse answer = participant.answer;
			assertThat(answer).as("an answer for " + participant.phone).isNotNull();
			if (answer.status() == 201) {
				assertThat(held).as("the reservation answered to " + participant)
					.containsExactly(answer.<String>json("$.reservationId"));
			}
			else if (unansweredFirst.contains(participant.phone)) {
				assertThat(held).as("reservations of the retried " + participant).hasSizeLessThanOrEqualTo(1);
			}
			else {
				assertThat(held).as("a reservation of the refused " + participant).isEmpty();
			}
		}
		assertThat(phones).as("phones of the reservations in the database").containsAll(byPhone.keySet());
	}

	/**
	 * One participant row each, and the survivor delivered every
	 * PresaleParticipantsJoined (the dead instance's too): each participant a lead-center
	 * capture once.
	 */
	private static void assertEveryParticipantRecordedAndCapturedOnce(String campaign, int participants)
			throws InterruptedException {
		UUID id = campaignId(campaign);
		awaitTrue("every participant recorded", Duration.ofMinutes(2),
				() -> count("SELECT count(*) FROM presale_participants WHERE campaign_id = ?", id) == participants);
		awaitTrue("every PresaleParticipantsJoined delivered and every participant captured", Duration.ofMinutes(2),
				() -> count("SELECT count(*) FROM event_publication WHERE event_type LIKE '%PresaleParticipantsJoined'"
						+ " AND completion_date IS NULL", null) == 0
						&& count("SELECT count(*) FROM lead_presale_participants WHERE campaign_id = ?",
								id) == participants);
		assertThat(count("SELECT count(DISTINCT phone_key) FROM lead_presale_participants WHERE campaign_id = ?", id))
			.as("captured once each")
			.isEqualTo(participants);
	}

	private static String createCampaign(AppProcess instance, int quota, int cap, int windowMinutes) throws Exception {
		String code = "MI-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		Instant now = Instant.now();
		ApiResponse created = instance.post("/api/v1/presale/campaigns", hq, """
				{"code": "%s", "nameZh": "双实例预售 %s", "nameEn": "Two-instance presale %s",
				 "offers": [{"configurationCode": "%s", "cap": %d}, {"configurationCode": "%s"}],
				 "quota": %d, "opensAt": "%s", "closesAt": "%s", "deposit": 5000, "paymentWindowMinutes": %d,
				 "perPersonLimit": 1, "idNumberRequired": false, "regionCodes": [], "cityCodes": []}
				""".formatted(code, code, code, e5, cap, e5Performance, quota, now.minusSeconds(60),
				now.plusSeconds(86_400), windowMinutes));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return code;
	}

	private static String configure(AppProcess instance, String trim, String colour) throws Exception {
		ApiResponse created = instance.post("/api/v1/configurations", AppInstances.DEMO_KEY, """
				{"modelCode": "E5", "trimCode": "%s", "exteriorColourCode": "%s", "interiorColourCode": "INT-BLACK"}
				""".formatted(trim, colour));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json("$.code");
	}

	private static UUID campaignId(String code) {
		return instances.jdbc()
			.sql("SELECT id FROM presale_campaigns WHERE code = ?")
			.param(code)
			.query(UUID.class)
			.single();
	}

	private static long count(String sql, @Nullable UUID campaignId) {
		var statement = instances.jdbc().sql(sql);
		return (campaignId == null ? statement : statement.param(campaignId)).query(Long.class).single();
	}

	private static String national(String e164) {
		return e164.length() > 11 ? e164.substring(e164.length() - 11) : e164;
	}

	private static void awaitTrue(String what, Duration within, java.util.function.BooleanSupplier condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what + " within " + within).isLessThan(deadline);
			Thread.sleep(250);
		}
	}

	/** One participant: their phone, device and address, and the answer, if one came. */
	static final class Participant {

		final String phone = "139" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000L);

		final int client = CLIENTS.incrementAndGet();

		final String device = "device-" + UUID.randomUUID();

		final String configuration;

		volatile @Nullable String instance;

		volatile boolean afterKill;

		volatile boolean retried;

		volatile @Nullable ApiResponse answer;

		Participant(String configuration) {
			this.configuration = configuration;
		}

		String address() {
			return "10." + (this.client >> 16 & 0xFF) + "." + (this.client >> 8 & 0xFF) + "." + (this.client & 0xFF);
		}

		@Override
		public String toString() {
			return this.phone + " through " + this.instance + ": " + this.answer;
		}

	}

	/**
	 * Participants reserving one after another on many clients, half through each
	 * instance; a client whose instance gives no answer leaves its participant unanswered
	 * (retried later) and moves to the other instance, as a load balancer would.
	 */
	static final class Launch {

		final String campaign;

		final AppProcess a;

		final AppProcess b;

		final int participants;

		final AtomicInteger next = new AtomicInteger();

		final AtomicInteger answered = new AtomicInteger();

		final AtomicBoolean stop = new AtomicBoolean();

		final AtomicBoolean aDown = new AtomicBoolean();

		final ConcurrentLinkedQueue<Participant> all = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

		final List<Thread> clients = new ArrayList<>();

		Launch(String campaign, AppProcess a, AppProcess b, int participants) {
			this.campaign = campaign;
			this.a = a;
			this.b = b;
			this.participants = participants;
		}

		void run(int clients) throws InterruptedException {
			start(clients);
			for (Thread client : this.clients) {
				client.join(Duration.ofMinutes(3));
			}
		}

		void start(int clients) {
			for (int i = 0; i < clients; i++) {
				boolean throughA = i % 2 == 0;
				this.clients.add(Thread.ofVirtual().name("participant-client-" + i).start(() -> client(throughA)));
			}
		}

		Participant newParticipant() {
			// most want the capped configuration, so its cap runs out before the quota
			Participant participant = new Participant(this.next.get() % 4 == 3 ? e5Performance : e5);
			this.all.add(participant);
			return participant;
		}

		private void client(boolean throughA) {
			while (!this.stop.get() && this.next.getAndIncrement() < this.participants) {
				AppProcess target = throughA && !this.aDown.get() ? this.a : this.b;
				Participant participant = newParticipant();
				participant.instance = target.name();
				participant.afterKill = this.aDown.get();
				try {
					participant.answer = untilDecided(target, participant);
					this.answered.incrementAndGet();
				}
				catch (IOException ex) {
					if (target == this.a) {
						this.aDown.set(true);
					}
					else {
						this.failures.add(participant + " (" + ex + ")");
					}
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (RuntimeException | AssertionError ex) {
					this.failures.add(participant + " (" + ex + ")");
				}
			}
		}

		/**
		 * Reserves, asking again after 503 try-again as the app does after Retry-After.
		 */
		ApiResponse untilDecided(AppProcess target, Participant participant) throws IOException, InterruptedException {
			for (int attempt = 0; attempt < 100; attempt++) {
				ApiResponse answer = target.post("/api/v1/presale/reservations", AppInstances.DEMO_KEY,
						"{\"campaignCode\": \"%s\", \"phone\": \"%s\", \"name\": \"参与者\", \"configurationCode\": \"%s\"}"
							.formatted(this.campaign, participant.phone, participant.configuration),
						"User-Agent", PresaleWork.APP, "X-Participant-IP", participant.address(), "X-Device-Id",
						participant.device);
				if (answer.status() != 503) {
					// distinct participants never reach their limit, unless their first
					// request was committed by the instance killed before it answered
					boolean expected = answer.status() == 201
							|| answer.status() == 409 && (answer.body().contains("presale-sold-out")
									|| participant.retried && answer.body().contains("presale-limit-reached"));
					if (!expected) {
						this.failures.add(participant + " answered " + answer);
					}
					return answer;
				}
				Thread.sleep(200);
			}
			throw new AssertionError("never decided: " + participant);
		}

		List<Participant> reserved() {
			return this.all.stream().filter(p -> p.answer != null && p.answer.status() == 201).toList();
		}

		List<Participant> reservedBy(String instance) {
			return reserved().stream().filter(p -> instance.equals(p.instance)).toList();
		}

		List<Participant> reservedAfterKill() {
			return reserved().stream().filter(p -> p.afterKill).toList();
		}

		void awaitReservedThrough(String instance, int count) throws InterruptedException {
			awaitTrue(count + " reserved through " + instance + "; failures " + this.failures, Duration.ofMinutes(2),
					() -> reservedBy(instance).size() >= count || this.next.get() >= this.participants);
		}

		void awaitAnsweredAfterKill(int count) throws InterruptedException {
			awaitTrue(count + " answers; failures " + this.failures, Duration.ofMinutes(2),
					() -> this.answered.get() >= count || this.next.get() >= this.participants);
		}

		void stop() throws InterruptedException {
			this.stop.set(true);
			for (Thread client : this.clients) {
				client.join(Duration.ofMinutes(2));
			}
		}

	}

}
