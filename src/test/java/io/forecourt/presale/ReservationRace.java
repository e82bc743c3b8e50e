package io.forecourt.presale;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.forecourt.presale.participants.ParticipantRecorder;
import io.forecourt.presale.reservations.ReservationDesk;
import io.forecourt.presale.reservations.ReservationRequest;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of participants racing for a few units on many threads against the real
 * database, and what must hold afterwards, whichever database it is: no unit or capped
 * configuration oversold, every RESERVED answer a live reservation in the database and
 * nothing more, every participant recorded and published exactly once.
 */
final class ReservationRace {

	static final int THREADS = 64;

	static final int PARTICIPANTS = 2_000;

	static final int QUOTA = 50;

	static final int CAP = 20;

	private ReservationRace() {
	}

	static void neverOversellsAndLosesNoReservation(PresaleWork work, ReservationDesk desk, JdbcClient jdbc,
			PresaleEventsRecorder events, Clock clock) throws Exception {
		String capped = work.e5();
		String uncapped = work.e5Performance();
		Map<String, Integer> offers = new LinkedHashMap<>();
		offers.put(capped, CAP);
		offers.put(uncapped, null);
		String campaign = work.create(work.campaign(QUOTA).offers(offers));
		UUID campaignId = work.campaignId(campaign);

		List<Callable<PresaleWork.Answer>> attempts = new ArrayList<>();
		for (int i = 0; i < PARTICIPANTS; i++) {
			// most want the capped one, so its cap runs out before the quota does
			String configuration = i % 4 == 3 ? uncapped : capped;
			ReservationRequest request = new ReservationRequest(null, PresaleWork.mobile(), null, "参与者" + i,
					configuration, null, null, i % 2 == 0);
			attempts.add(() -> untilDecided(desk, campaign, request));
		}
		List<PresaleWork.Answer> answers = race(attempts);

		List<UUID> reserved = answers.stream()
			.filter(a -> a.outcome().equals("RESERVED"))
			.map(a -> a.reservation().reservationId())
			.toList();
		assertThat(reserved).hasSize(QUOTA).doesNotHaveDuplicates();
		assertThat(answers).extracting(PresaleWork.Answer::outcome)
			.containsOnly("RESERVED", "PRESALE_SOLD_OUT")
			.hasSize(PARTICIPANTS);
		long cappedReserved = answers.stream()
			.filter(a -> a.reservation() != null && capped.equals(a.reservation().configurationCode()))
			.count();
		assertThat(cappedReserved).isEqualTo(CAP);

		// the database agrees: exactly the reservations answered RESERVED are live, each
		// on its own unit (and token), which names it
		Instant now = clock.instant();
		List<UUID> live = jdbc
			.sql("SELECT id FROM presale_reservations WHERE campaign_id = ? AND status = 'RESERVED'"
					+ " AND expires_at > ?")
			.params(campaignId, java.sql.Timestamp.from(now))
			.query(UUID.class)
			.list();
		assertThat(live).containsExactlyInAnyOrderElementsOf(reserved);
		List<UUID> unitHolders = jdbc
			.sql("SELECT reservation_id FROM presale_units WHERE campaign_id = ? AND reservation_id IS NOT NULL")
			.param(campaignId)
			.query(UUID.class)
			.list();
		assertThat(unitHolders).containsExactlyInAnyOrderElementsOf(reserved);
		assertThat(jdbc
			.sql("SELECT count(*) FROM presale_reservations r JOIN presale_units u ON u.campaign_id = r.campaign_id"
					+ " AND u.slot = r.unit_slot AND u.reservation_id = r.id WHERE r.campaign_id = ?")
			.param(campaignId)
			.query(Long.class)
			.single()).isEqualTo(QUOTA);
		List<UUID> tokenHolders = jdbc
			.sql("SELECT reservation_id FROM presale_config_tokens WHERE campaign_id = ?"
					+ " AND reservation_id IS NOT NULL")
			.param(campaignId)
			.query(UUID.class)
			.list();
		assertThat(tokenHolders).hasSize(CAP).doesNotHaveDuplicates().allMatch(reserved::contains);

		// every participant recorded once, and handed to the lead center once
		List<PresaleParticipantsJoined.Participant> published = events.participants(campaignId, PARTICIPANTS);
		assertThat(published).hasSize(PARTICIPANTS);
		assertThat(jdbc.sql("SELECT count(*) FROM presale_participants WHERE campaign_id = ?")
			.param(campaignId)
			.query(Long.class)
			.single()).isEqualTo(PARTICIPANTS);
		assertThat(published.stream().map(PresaleParticipantsJoined.Participant::phone).distinct())
			.hasSize(PARTICIPANTS);
		assertThat(published.stream().filter(p -> p.outcome() == PresaleParticipantsJoined.Outcome.RESERVED))
			.hasSize(QUOTA);
		assertThat(events.joined(campaignId).size()).as("batched, not one event per participant")
			.isLessThan(PARTICIPANTS / 2);
		assertThat(events.reserved(campaignId)).hasSize(QUOTA);
	}

	/**
	 * One person on many phones (the ID number names them) and on one phone (as many
	 * attempts at once as a person can make before the burst check calls it automated).
	 */
	static void onePersonRacingThemselvesGetsOneReservation(PresaleWork work, ReservationDesk desk, JdbcClient jdbc)
			throws Exception {
		String campaign = work.create(work.campaign(40).idNumberRequired());
		String idNumber = PresaleWork.idNumber((int) (System.nanoTime() % 1000));
		List<Callable<PresaleWork.Answer>> manyPhones = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			ReservationRequest request = new ReservationRequest(null, PresaleWork.mobile(), idNumber, null, null, null,
					null, false);
			manyPhones.add(() -> untilDecided(desk, campaign, request));
		}
		String phone = PresaleWork.mobile();
		List<Callable<PresaleWork.Answer>> onePhone = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ReservationRequest request = new ReservationRequest(null, phone, PresaleWork.idNumber(i + 1), null, null,
					null, null, false);
			onePhone.add(() -> untilDecided(desk, campaign, request));
		}
		for (List<Callable<PresaleWork.Answer>> attempts : List.of(manyPhones, onePhone)) {
			List<PresaleWork.Answer> answers = race(attempts);
			assertThat(answers.stream().filter(a -> a.outcome().equals("RESERVED"))).hasSize(1);
			assertThat(answers).extracting(PresaleWork.Answer::outcome)
				.containsOnly("RESERVED", "PRESALE_LIMIT_REACHED");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM presale_reservations WHERE campaign_id = ?")
			.param(work.campaignId(campaign))
			.query(Long.class)
			.single()).isEqualTo(2);
		// the losers' claims rolled back, units and all
		assertThat(jdbc.sql("SELECT count(*) FROM presale_units WHERE campaign_id = ? AND reservation_id IS NOT NULL")
			.param(work.campaignId(campaign))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/** Asks again after TRY_AGAIN, as the brand app does after Retry-After. */
	private static PresaleWork.Answer untilDecided(ReservationDesk desk, String campaign, ReservationRequest request)
			throws InterruptedException {
		var client = PresaleWork.phoneClient();
		for (int attempt = 0; attempt < 200; attempt++) {
			PresaleWork.Answer answer = PresaleWork.attempt(desk, campaign, request, client);
			if (!answer.outcome().equals("PRESALE_TRY_AGAIN")) {
				return answer;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("never decided");
	}

	private static List<PresaleWork.Answer> race(List<Callable<PresaleWork.Answer>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<PresaleWork.Answer>> futures = new ArrayList<>();
			for (Callable<PresaleWork.Answer> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<PresaleWork.Answer> answers = new ArrayList<>();
			for (Future<PresaleWork.Answer> future : futures) {
				answers.add(future.get(5, TimeUnit.MINUTES));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
