package io.forecourt.presale;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.presale.participants.ParticipantHandover;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recorded participants reach the lead center through the handover: in large batches,
 * each person exactly once even with several handovers running at once (the background
 * one of this instance and two more, as other instances would), in the order they took
 * part, and their personal fields are cleared from the presale once handed over. Rows
 * that wait there (an instance was killed before its handover) are handed over by any
 * instance.
 */
@PresaleTest
class ParticipantHandoverTests {

	private static final int WAITING = 1_500;

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

	PresaleWork work;

	@BeforeAll
	void work() {
		this.work = new PresaleWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void waitingParticipantsAreHandedOverOnceEachInBatchesAndForgotten() throws Exception {
		UUID campaignId = this.work.campaignId(this.work.create(this.work.campaign(5)));
		List<String> phones = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		Instant first = this.clock.instant().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
		for (int i = 0; i < WAITING; i++) {
			String phone = "+86" + PresaleWork.mobile();
			phones.add(phone);
			rows.add(new Object[] { campaignId, "handover-" + UUID.randomUUID().toString().replace("-", ""),
					Timestamp.from(first.plusMillis(i)), phone, "参与者" + i });
		}
		// recorded by an instance that was killed before handing them over
		for (Object[] row : rows) {
			this.jdbc
				.sql("INSERT INTO presale_participants (campaign_id, person_key, outcome, attempted_at, phone, name,"
						+ " consent_marketing) VALUES (?, ?, 'SOLD_OUT', ?, ?, ?, TRUE)")
				.params(row)
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
			assertThat(p.outcome()).isEqualTo(PresaleParticipantsJoined.Outcome.SOLD_OUT);
			assertThat(p.consentMarketing()).isTrue();
			assertThat(p.name()).startsWith("参与者");
		});
		assertThat(this.events.joined(campaignId)).as("batched").hasSizeLessThan(WAITING / 5);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM presale_participants WHERE campaign_id = ?"
					+ " AND (handed_over_at IS NULL OR phone IS NOT NULL OR name IS NOT NULL)")
			.param(campaignId)
			.query(Long.class)
			.single()).isZero();
		// nothing left: another run hands over nothing of this campaign
		this.handover.handOver();
		assertThat(this.events.participants(campaignId)).hasSize(WAITING);
	}

}
