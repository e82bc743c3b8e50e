package io.forecourt.presale.participants;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.forecourt.presale.PresaleParticipantsJoined;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.launch.PresaleSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records participants without a write per request (group commit): each attempt hands its
 * participant to a queue; one flusher thread writes whatever has gathered, a few hundred
 * participants at most, as one row per campaign of {@code presale_participant_batches} in
 * one statement. The request waits for that commit, so a participant who got an answer is
 * durably recorded; a batch costs a few milliseconds and serves every request waiting in
 * it. The batches wait there for the {@link ParticipantHandover}, which records each
 * person once and hands them to the lead center, off the reservation path.
 * <p>
 * The recorder does not tell whether a person took part before: several instances, or one
 * that has forgotten them, may record the same person again, and the handover keeps their
 * first attempt. An instance remembers whom it recorded, so their repeat attempts skip
 * the queue.
 * <p>
 * A participant not recorded within {@code record-timeout} (a database that hangs) is
 * failed by the recorder's own check, every tenth of a second, rather than by each
 * request waiting with a timeout: a timed wait on a virtual thread registers with the
 * scheduler's delay queue and wakes its thread, 3% of the JVM's CPU in a launch.
 */
@Component
public class ParticipantRecorder implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ParticipantRecorder.class);

	private final BlockingQueue<Pending> queue;

	/** People this instance recorded (or found recorded). */
	private final RecordedPeople recorded;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final PresaleSettings settings;

	private volatile boolean running;

	private Thread flusher;

	/** The batch being written, and since when (for the overdue check). */
	private volatile @Nullable List<Pending> writing;

	private volatile long writingSince;

	private ScheduledExecutorService overdueCheck;

	ParticipantRecorder(JdbcTemplate jdbc, Clock clock, PresaleSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.queue = new LinkedBlockingQueue<>(settings.recordQueue());
		this.recorded = new RecordedPeople(settings.recordedMemory());
	}

	/**
	 * Hands a participant to the next batch.
	 * @return completes with true when this call recorded the participant, false when
	 * this instance had recorded the person before (their first attempt's outcome
	 * stands); fails when the batch could not be written or the recorder is full
	 */
	public CompletableFuture<Boolean> record(Campaign campaign, String personKey,
			PresaleParticipantsJoined.Participant participant) {
		if (this.recorded.contains(campaign.id(), personKey)) {
			return CompletableFuture.completedFuture(false);
		}
		Pending pending = new Pending(campaign, personKey, participant, new CompletableFuture<>(), System.nanoTime());
		if (!this.running || !this.queue.offer(pending)) {
			return CompletableFuture.failedFuture(new IllegalStateException("participant recorder is full"));
		}
		return pending.done();
	}

	/**
	 * When the oldest batch still waiting for the handover was recorded: a participant
	 * recorded well before it has been handed over, and is in
	 * {@code presale_participants}.
	 */
	public Optional<Instant> waitingSince() {
		return Optional
			.ofNullable(this.jdbc.queryForObject("SELECT min(recorded_at) FROM presale_participant_batches",
					Timestamp.class))
			.map(Timestamp::toInstant);
	}

	/** Whether the queue is so long that new attempts should be told to try again. */
	public boolean overloaded() {
		return this.queue.size() > this.settings.recordQueue() * 8L / 10;
	}

	private void run() {
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				List<Pending> batch = new ArrayList<>();
				batch.add(first);
				long deadline = System.nanoTime() + this.settings.recordLinger().toNanos();
				while (batch.size() < this.settings.recordBatch()) {
					this.queue.drainTo(batch, this.settings.recordBatch() - batch.size());
					long left = deadline - System.nanoTime();
					if (batch.size() >= this.settings.recordBatch() || left <= 0) {
						break;
					}
					Pending next = this.queue.poll(left, TimeUnit.NANOSECONDS);
					if (next == null) {
						break;
					}
					batch.add(next);
				}
				write(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("Participant recorder failed", ex);
			}
		}
	}

	/** Writes one batch; every waiting request learns its outcome. */
	void write(List<Pending> batch) {
		this.writingSince = System.nanoTime();
		this.writing = batch;
		try {
			writeAndTell(batch);
		}
		finally {
			this.writing = null;
		}
	}

	/**
	 * Fails the participants waiting longer than {@code record-timeout}: those at the
	 * head of the queue (it is in arrival order) and, once it has taken that long, the
	 * batch being written. Their requests are answered "try again"; a batch that commits
	 * later still records them, as a repeat would.
	 */
	void failOverdue() {
		long now = System.nanoTime();
		long timeout = this.settings.recordTimeout().toNanos();
		List<Pending> batch = this.writing;
		if (batch != null && now - this.writingSince > timeout) {
			TimeoutException late = new TimeoutException("batch not written within " + this.settings.recordTimeout());
			batch.forEach(pending -> pending.done().completeExceptionally(late));
		}
		Pending head;
		while ((head = this.queue.peek()) != null && now - head.enqueuedAt() > timeout) {
			if (this.queue.remove(head)) {
				head.done()
					.completeExceptionally(new TimeoutException("not written within " + this.settings.recordTimeout()));
			}
		}
	}

	private void writeAndTell(List<Pending> batch) {
		Map<Person, Pending> firsts = new LinkedHashMap<>();
		for (Pending pending : batch) {
			firsts.putIfAbsent(pending.person(), pending);
		}
		try {
			insert(List.copyOf(firsts.values()));
		}
		catch (RuntimeException ex) {
			fail(batch, ex);
			return;
		}
		for (Pending pending : batch) {
			Person key = pending.person();
			this.recorded.add(key.campaignId(), key.personKey());
			// a repeat of the same person within the batch is not the one recorded
			pending.done().complete(firsts.get(key) == pending);
		}
	}

	/**
	 * One row per campaign of the batch (almost always one), in one statement: in
	 * auto-commit it is committed, and durable, when it returns, with no separate COMMIT
	 * round trip. A row per participant, with its unique key and index entries, cost the
	 * database twice as much per attempt in a launch (docs/benchmarks.md); the handover
	 * does that work later, off the launch's path.
	 */
	private void insert(List<Pending> unique) {
		Map<UUID, List<ParticipantBatch.Entry>> byCampaign = new LinkedHashMap<>();
		for (Pending pending : unique) {
			byCampaign.computeIfAbsent(pending.campaign().id(), id -> new ArrayList<>())
				.add(new ParticipantBatch.Entry(pending.personKey(), pending.participant()));
		}
		List<Object> params = new ArrayList<>(byCampaign.size() * 3);
		byCampaign.forEach((campaign, entries) -> {
			params.add(campaign);
			params.add(entries.size());
			params.add(ParticipantBatch.write(entries));
		});
		this.jdbc.update(
				"INSERT INTO presale_participant_batches (campaign_id, people, recorded_at, participants)" + " VALUES "
						+ String.join(", ", Collections.nCopies(byCampaign.size(), "(?, ?, CURRENT_TIMESTAMP, ?)")),
				params.toArray());
	}

	private static void fail(List<Pending> batch, RuntimeException ex) {
		log.error("A batch of {} presale participants could not be recorded", batch.size(), ex);
		batch.forEach(pending -> pending.done().completeExceptionally(ex));
	}

	/**
	 * A person of a campaign, as the recorder remembers them: a pair rather than one
	 * concatenated string, built a few times per attempt (a hundred characters each).
	 */
	record Person(UUID campaignId, String personKey) {
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.flusher = Thread.ofPlatform().daemon().name("presale-participants").start(this::run);
		this.overdueCheck = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().daemon().name("presale-participants-overdue").factory());
		this.overdueCheck.scheduleWithFixedDelay(this::failOverdue, 100, 100, TimeUnit.MILLISECONDS);
	}

	/** Stops taking participants and writes those already queued. */
	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.flusher != null) {
			try {
				this.flusher.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.overdueCheck != null) {
			this.overdueCheck.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Started before the web server takes requests and stopped after it has finished them
	 * (its lifecycle phases are {@code DEFAULT_PHASE - 2048} and {@code - 1024}), so no
	 * request waits on a recorder that is gone.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	record Pending(Campaign campaign, String personKey, PresaleParticipantsJoined.Participant participant,
			CompletableFuture<Boolean> done, long enqueuedAt) {

		Person person() {
			return new Person(this.campaign.id(), this.personKey);
		}
	}

}
