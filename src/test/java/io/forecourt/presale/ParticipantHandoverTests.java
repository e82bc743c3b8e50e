package io.forecourt.presale;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.forecourt.kernel.identity.PersonalDataProtection;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.presale.participants.ParticipantHandover;
import io.forecourt.presale.reservations.PresaleJobs;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recorded participants reach the lead center through the handover: in large batches,
 * each person exactly once even with several handovers running at once (the background
 * one of this instance and two more, as other instances would), with their first attempt
 * (a repeat in a later batch, or a person handed over before, is not published again),
 * and no personal data of theirs stays in the presale once handed over. Batches that wait
 * (an instance was killed before its handover) are handed over by any instance; they are
 * written here as the recorder stores them, so the stored form is pinned too. A
 * reservation whose participant never reached a batch is recorded by the check.
 */
@PresaleTest
class ParticipantHandoverTests {

	private static final int WAITING = 1_500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	PresaleEventsRecorder events;

	@Autowired
	ParticipantHandover handover;

	@Autowired
	PersonalDataProtection protection;

	@Autowired
	PresaleJobs jobs;

	PresaleWork work;

	@BeforeAll
	void work() {
		this.work = new PresaleWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	private String personKey(String phone) {
		return this.protection.keyedHash(phone);
	}

	@Test
	void waitingParticipantsAreHandedOverOnceEachInBatchesAndForgotten() throws Exception {
		UUID campaignId = this.work.campaignId(this.work.create(this.work.campaign(5)));
		Instant first = this.clock.instant().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
		List<String> phones = new ArrayList<>();
		List<List<Object>> participants = new ArrayList<>();
		for (int i = 0; i < WAITING; i++) {
			String phone = "+86" + PresaleWork.mobile();
			phones.add(phone);
			participants.add(Arrays.asList(personKey(phone), "SOLD_OUT", first.plusMillis(i).toString(), phone,
					"参与者" + i, null, null, true, null));
		}
		// a person the lead center already heard of (an earlier handover), and a person
		// whose later attempt (on another instance) waits in a later batch
		String handedOverBefore = "+86" + PresaleWork.mobile();
		this.jdbc
			.sql("INSERT INTO presale_participants (campaign_id, person_key, outcome, attempted_at, handed_over_at)"
					+ " VALUES (?, ?, 'NOT_OPEN', ?, ?)")
			.params(campaignId, personKey(handedOverBefore), Timestamp.from(first), Timestamp.from(first))
			.update();
		participants.add(Arrays.asList(personKey(handedOverBefore), "SOLD_OUT", first.plusSeconds(5).toString(),
				handedOverBefore, null, null, null, false, null));
		participants.add(Arrays.asList(personKey(phones.get(0)), "LIMIT_REACHED", first.plusSeconds(5).toString(),
				phones.get(0), "again", null, null, false, null));
		// recorded by instances that were killed before handing them over, in batches of
		// a few dozen, as a launch records them
		for (int from = 0; from < participants.size(); from += 37) {
			List<List<Object>> batch = participants.subList(from, Math.min(from + 37, participants.size()));
			this.jdbc
				.sql("INSERT INTO presale_participant_batches (campaign_id, people, recorded_at, participants)"
						+ " VALUES (?, ?, ?, ?)")
				.params(campaignId, batch.size(), Timestamp.from(first), JSON.writeValueAsString(batch))
				.update();
		}

		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> handovers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				handovers.add(() -> {
					int handed = 0;
					for (int n = 0; n < 20; n++) {
						handed += this.handover.handOver();
					}
					return handed;
				});
			}
			for (Future<Integer> done : pool.invokeAll(handovers)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		List<PresaleParticipantsJoined.Participant> published = this.events.participants(campaignId, WAITING);
		assertThat(published).extracting(PresaleParticipantsJoined.Participant::phone)
			.as("each once")
			.hasSize(WAITING)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(phones);
		assertThat(published).allSatisfy(p -> {
			assertThat(p.outcome()).as("the first attempt's").isEqualTo(PresaleParticipantsJoined.Outcome.SOLD_OUT);
			assertThat(p.consentMarketing()).isTrue();
			assertThat(p.name()).startsWith("参与者");
		});
		assertThat(this.events.joined(campaignId)).as("batched").hasSizeLessThan(WAITING / 5);
		// the presale keeps the people, each once, and none of their personal data
		assertThat(this.jdbc.sql("SELECT count(*) FROM presale_participant_batches WHERE campaign_id = ?")
			.param(campaignId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM presale_participants WHERE campaign_id = ?")
			.param(campaignId)
			.query(Long.class)
			.single()).isEqualTo(WAITING + 1);
		// nothing left: another run hands over nothing of this campaign
		this.handover.handOver();
		assertThat(this.events.participants(campaignId)).hasSize(WAITING);
	}

	@Test
	void aReservationWhoseParticipantWasNeverRecordedIsRecordedByTheCheck() throws Exception {
		String code = this.work.create(this.work.campaign(5));
		UUID campaignId = this.work.campaignId(code);
		this.work.reserve(code, PresaleWork.mobile(), ", \"name\": \"王五\"").andExpect(status().isCreated());
		assertThat(this.work.awaitHandover(code)).isZero();
		// the reservation of someone this instance never saw, made two minutes ago by an
		// instance killed before its participant batch committed
		String phone = "+86" + PresaleWork.mobile();
		this.jdbc.sql("DELETE FROM presale_participants WHERE campaign_id = ?").param(campaignId).update();
		this.jdbc
			.sql("UPDATE presale_reservations SET person_key = ?, phone = ?, reserved_at = ? WHERE campaign_id = ?")
			.params(personKey(phone), phone, Timestamp.from(this.clock.instant().minusSeconds(120)), campaignId)
			.update();

		// (the scheduled check may run first; either records them)
		this.jobs.recordMissingParticipants();

		List<PresaleParticipantsJoined.Participant> published = this.events.participants(campaignId, 2);
		assertThat(published).extracting(PresaleParticipantsJoined.Participant::phone).endsWith(phone);
		assertThat(published.get(published.size() - 1).outcome()).isEqualTo(PresaleParticipantsJoined.Outcome.RESERVED);
		assertThat(published.get(published.size() - 1).name()).isEqualTo("王五");
		// recorded now: the next check finds nothing missing in this campaign
		assertThat(this.work.awaitHandover(code)).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM presale_participants WHERE campaign_id = ? AND person_key = ?")
			.params(campaignId, personKey(phone))
			.query(Long.class)
			.single()).isOne();
	}

}
