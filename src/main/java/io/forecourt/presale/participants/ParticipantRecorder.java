package io.forecourt.presale.participants;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.presale.PresaleParticipantsJoined;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.launch.PresaleSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records participants without a write per request (group commit): each attempt hands its
 * participant to a queue; one flusher thread writes whatever has gathered, a few hundred
 * rows at most, in one insert (on PostgreSQL one statement over arrays) and commit. The
 * request waits for its batch's commit, so a participant who got an answer is durably
 * recorded; a batch costs a few milliseconds and serves every request waiting in it. The
 * rows wait there for the {@link ParticipantHandover}, which hands them to the lead
 * center in large batches, off the reservation path.
 * <p>
 * Several instances may record the same person at once: {@code ON CONFLICT DO NOTHING}
 * keeps the first row and the others' batches go on, each counting only its new rows, so
 * the lead center hears of each person once.
 * <p>
 * A participant not recorded within {@code record-timeout} (a database that hangs) is
 * failed by the recorder's own check, every tenth of a second, rather than by each
 * request waiting with a timeout: a timed wait on a virtual thread registers with the
 * scheduler's delay queue and wakes its thread, 3% of the JVM's CPU in a launch.
 */
@Component
public class ParticipantRecorder implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ParticipantRecorder.class);

	private static final int RAW_PAYLOAD_CHARS = 4_000;

	private static final String COLUMNS = "campaign_id, person_key, outcome, attempted_at, phone, name,"
			+ " configuration_code, city_code, consent_marketing, raw_payload";

	private final BlockingQueue<Pending> queue;

	/** People this instance recorded (or found recorded). */
	private final RecordedPeople recorded;

	private final JdbcTemplate jdbc;

	private final BulkInsert bulk;

	private final TransactionTemplate transaction;

	private final PresaleSettings settings;

	private volatile boolean running;

	private Thread flusher;

	/** The batch being written, and since when (for the overdue check). */
	private volatile @Nullable List<Pending> writing;

	private volatile long writingSince;

	private ScheduledExecutorService overdueCheck;

	ParticipantRecorder(JdbcTemplate jdbc, BulkInsert bulk, PlatformTransactionManager transactions,
			PresaleSettings settings) {
		this.jdbc = jdbc;
		this.bulk = bulk;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
		this.queue = new LinkedBlockingQueue<>(settings.recordQueue());
		this.recorded = new RecordedPeople(settings.recordedMemory());
	}

	/**
	 * Hands a participant to the next batch.
	 * @return completes with true when this call recorded the person, false when they
	 * were recorded before (their first attempt's outcome stands); fails when the batch
	 * could not be written or the recorder is full
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
		List<Pending> unique = List.copyOf(firsts.values());
		Map<Person, Boolean> fresh;
		try {
			fresh = writeOnce(unique);
		}
		catch (DataIntegrityViolationException ex) {
			// H2 may report another's concurrent insert instead of skipping it; that
			// insert has committed by now, so the second try skips it
			try {
				fresh = writeOnce(unique);
			}
			catch (RuntimeException again) {
				fail(batch, again);
				return;
			}
		}
		catch (RuntimeException ex) {
			fail(batch, ex);
			return;
		}
		for (Pending pending : batch) {
			Person key = pending.person();
			this.recorded.add(key.campaignId(), key.personKey());
			// a repeat of the same person within the batch is not the one recorded
			pending.done().complete(firsts.get(key) == pending && fresh.getOrDefault(key, false));
		}
	}

	private Map<Person, Boolean> writeOnce(List<Pending> unique) {
		if (this.bulk.isPostgres()) {
			return insertUnnested(unique);
		}
		return this.transaction.execute(status -> insertBatch(unique));
	}

	/**
	 * PostgreSQL: the whole batch in one statement, its columns as arrays, the rows it
	 * inserted returned (a JDBC batch runs one INSERT per row: 0.066 ms of the database's
	 * time each, measured in a launch). One statement needs no transaction of its own: in
	 * auto-commit it is committed, and durable, when it returns, without the round trip
	 * of a separate COMMIT.
	 */
	private Map<Person, Boolean> insertUnnested(List<Pending> unique) {
		int n = unique.size();
		String[][] columns = new String[10][n];
		for (int i = 0; i < n; i++) {
			Object[] row = row(unique.get(i));
			for (int c = 0; c < row.length; c++) {
				columns[c][i] = row[c] == null ? null
						: row[c] instanceof Timestamp at ? at.toInstant().toString() : row[c].toString();
			}
		}
		Set<Person> inserted = new HashSet<>(this.jdbc.query(
				"INSERT INTO presale_participants (" + COLUMNS + ")"
						+ " SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]),"
						+ " CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
						+ " CAST(? AS text[]), CAST(? AS boolean[]), CAST(? AS text[]))"
						+ " ON CONFLICT DO NOTHING RETURNING campaign_id, person_key",
				(rs, i) -> new Person(rs.getObject("campaign_id", UUID.class), rs.getString("person_key").strip()),
				(Object[]) columns));
		Map<Person, Boolean> fresh = new LinkedHashMap<>();
		for (Pending pending : unique) {
			fresh.put(pending.person(), inserted.contains(pending.person()));
		}
		return fresh;
	}

	/**
	 * Elsewhere (the embedded H2): a JDBC batch, its update counts telling who was new.
	 */
	private Map<Person, Boolean> insertBatch(List<Pending> unique) {
		int[] counts = this.jdbc.batchUpdate(
				"INSERT INTO presale_participants (" + COLUMNS + ")"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
				unique.stream().map(ParticipantRecorder::row).toList());
		Map<Person, Boolean> fresh = new LinkedHashMap<>();
		for (int i = 0; i < unique.size(); i++) {
			Pending pending = unique.get(i);
			boolean inserted = counts[i] > 0 || counts[i] == java.sql.Statement.SUCCESS_NO_INFO;
			fresh.put(pending.person(), inserted);
		}
		return fresh;
	}

	private static Object[] row(Pending p) {
		PresaleParticipantsJoined.Participant participant = p.participant();
		return new Object[] { p.campaign().id(), p.personKey(), participant.outcome().name(),
				Timestamp.from(participant.attemptedAt()), cut(participant.phone(), 60), cut(participant.name(), 100),
				cut(participant.configurationCode(), 60), cut(participant.cityCode(), 12),
				participant.consentMarketing(), cut(participant.rawPayload(), RAW_PAYLOAD_CHARS) };
	}

	/** Within the column; a raw payload too long to keep is dropped rather than cut. */
	private static @Nullable String cut(@Nullable String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return max == RAW_PAYLOAD_CHARS ? null : text.substring(0, max);
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
