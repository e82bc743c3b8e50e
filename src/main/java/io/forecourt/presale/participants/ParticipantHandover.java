package io.forecourt.presale.participants;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.presale.ParticipantCapture;
import io.forecourt.presale.PresaleParticipantsJoined;
import io.forecourt.presale.PresaleParticipantsJoined.Participant;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.campaigns.CampaignDirectory;
import io.forecourt.presale.launch.LaunchPace;
import io.forecourt.presale.launch.PresaleSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands recorded participants to the lead center, off the reservation path: every
 * instance takes the oldest waiting batches ({@code SKIP LOCKED} on PostgreSQL, so
 * instances share the work and never wait on each other) and, in one transaction, records
 * each person of a campaign once in {@code presale_participants} (their first attempt;
 * people recorded before are skipped), publishes the new ones as
 * {@link PresaleParticipantsJoined} events of a few hundred people and deletes the
 * batches. The events, the people and the deletion commit together, so each participant
 * is handed over exactly once, across crashes, and no personal data of theirs stays in
 * the presale.
 */
@Component
public class ParticipantHandover implements SmartLifecycle, ParticipantCapture {

	private static final Logger log = LoggerFactory.getLogger(ParticipantHandover.class);

	/** Participants taken per transaction, about (whole batches are taken). */
	static final int BATCH = 2_000;

	/**
	 * Waiting batches looked at per transaction (a launch's batches hold a few dozen).
	 */
	private static final int BATCHES_LOOKED_AT = 200;

	/** The columns of a person's row, as the handover writes it. */
	private static final List<String> PEOPLE_COLUMNS = List.of("campaign_id", "person_key", "outcome", "attempted_at",
			"configuration_code", "consent_marketing", "handed_over_at");

	/**
	 * Participants per event on PostgreSQL: about 100 KB for the registry and a broker.
	 */
	static final int EVENT_SIZE = 500;

	/** The embedded H2's publication registry keeps at most 4,000 characters an event. */
	static final int EVENT_CHARS_H2 = 3_500;

	/**
	 * Participants this instance handed over that the lead center has not captured yet,
	 * beyond which it waits (about four events on PostgreSQL).
	 */
	static final int OUTSTANDING_PARTICIPANTS = 2_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final BulkInsert bulk;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final CampaignDirectory campaigns;

	private final Clock clock;

	private final long intervalMillis;

	private final LaunchPace pace;

	private final PresaleSettings settings;

	private final HandoverPacing pacing;

	private volatile boolean running;

	private @Nullable Thread worker;

	ParticipantHandover(JdbcClient jdbc, JdbcTemplate jdbcTemplate, BulkInsert bulk,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, CampaignDirectory campaigns,
			Clock clock, LaunchPace pace, PresaleSettings settings) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.bulk = bulk;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.campaigns = campaigns;
		this.clock = clock;
		this.intervalMillis = settings.handoverInterval().toMillis();
		this.pace = pace;
		this.settings = settings;
		this.pacing = new HandoverPacing(System::nanoTime, OUTSTANDING_PARTICIPANTS,
				settings.handoverHotInterval().toNanos());
	}

	/**
	 * Hands over the oldest waiting participants, about {@link #BATCH} of them.
	 * @return how many this call published (0: none waiting, all taken by another
	 * instance at this moment, or all of them took part before)
	 */
	public int handOver() {
		return handOverOnce().published();
	}

	private Run handOverOnce() {
		Run run = this.transaction.execute(status -> handOverBatch());
		run = run == null ? new Run(0, 0, false) : run;
		this.pacing.handedOver(run.published());
		return run;
	}

	@Override
	public void captured(PresaleParticipantsJoined batch) {
		this.pacing.captured(batch.participants().size());
	}

	private Run handOverBatch() {
		Taken taken = take();
		Map<UUID, List<ParticipantBatch.Entry>> byCampaign = new LinkedHashMap<>();
		List<Long> done = new ArrayList<>();
		int people = 0;
		for (Waiting batch : taken.batches()) {
			if (this.campaigns.byId(batch.campaignId()).isEmpty()) {
				// a campaign this instance has not heard of yet (created on another
				// instance a moment ago): left for the next run
				continue;
			}
			byCampaign.computeIfAbsent(batch.campaignId(), id -> new ArrayList<>()).addAll(batch.entries());
			done.add(batch.id());
			people += batch.entries().size();
		}
		if (done.isEmpty()) {
			return new Run(0, 0, false);
		}
		int published = 0;
		for (Map.Entry<UUID, List<ParticipantBatch.Entry>> campaign : byCampaign.entrySet()) {
			List<Participant> joined = firstTime(campaign.getKey(), campaign.getValue());
			publish(this.campaigns.byId(campaign.getKey()).orElseThrow(), joined);
			published += joined.size();
		}
		BulkInsert.Condition these = this.bulk.anyOf("id", "bigint", done);
		this.jdbc.sql("DELETE FROM presale_participant_batches WHERE " + these.sql()).params(these.params()).update();
		return new Run(people, published, taken.more());
	}

	/**
	 * The oldest waiting batches, locked, about {@link #BATCH} participants in all (at
	 * least one batch): their sizes first, so that only the batches taken are read.
	 */
	private Taken take() {
		List<long[]> oldest = this.jdbc
			.sql("SELECT id, people FROM presale_participant_batches ORDER BY id FETCH FIRST " + BATCHES_LOOKED_AT
					+ " ROWS ONLY" + (this.bulk.isPostgres() ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE"))
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("people") })
			.list();
		if (oldest.isEmpty() || olderBatchesWait(oldest.get(0)[0])) {
			return new Taken(List.of(), false);
		}
		List<Long> ids = new ArrayList<>();
		long people = 0;
		for (long[] batch : oldest) {
			if (!ids.isEmpty() && people + batch[1] > BATCH) {
				break;
			}
			ids.add(batch[0]);
			people += batch[1];
		}
		BulkInsert.Condition these = this.bulk.anyOf("id", "bigint", ids);
		List<Waiting> batches = this.jdbc
			.sql("SELECT id, campaign_id, participants FROM presale_participant_batches WHERE " + these.sql()
					+ " ORDER BY id")
			.params(these.params())
			.query((rs, n) -> new Waiting(rs.getLong("id"), rs.getObject("campaign_id", UUID.class),
					ParticipantBatch.read(rs.getString("participants"))))
			.list();
		return new Taken(batches, oldest.size() > ids.size() || oldest.size() == BATCHES_LOOKED_AT);
	}

	/**
	 * Whether batches older than the oldest this run locked wait, locked by another
	 * handover: that one goes first, so that a person's first attempt is the one handed
	 * over, whichever instances recorded their attempts (a person's later attempt is in a
	 * later batch: they make it after the answer to the first, which waited for its
	 * batch's commit).
	 */
	private boolean olderBatchesWait(long oldestTaken) {
		Long oldest = this.jdbc.sql("SELECT min(id) FROM presale_participant_batches").query(Long.class).single();
		return oldest != null && oldest < oldestTaken;
	}

	/**
	 * Records each person of the campaign once, with their first attempt in these
	 * batches, unless an earlier handover recorded them.
	 * @return the participants recorded now, in the order they took part
	 */
	private List<Participant> firstTime(UUID campaignId, List<ParticipantBatch.Entry> entries) {
		Map<String, Participant> firsts = new LinkedHashMap<>();
		for (ParticipantBatch.Entry entry : entries) {
			firsts.putIfAbsent(entry.personKey(), entry.participant());
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> rows = new ArrayList<>(firsts.size());
		firsts.forEach((personKey, p) -> rows.add(new Object[] { campaignId, personKey, p.outcome().name(),
				Timestamp.from(p.attemptedAt()), p.configurationCode(), p.consentMarketing(), now }));
		Set<String> fresh = this.bulk.isPostgres() ? insertUnnested(rows) : insertBatch(rows);
		List<Participant> joined = new ArrayList<>(fresh.size());
		firsts.forEach((personKey, p) -> {
			if (fresh.contains(personKey)) {
				joined.add(p);
			}
		});
		return joined;
	}

	/**
	 * PostgreSQL: all the rows in one statement, their columns as arrays, the people it
	 * inserted returned (a JDBC batch runs one INSERT per row).
	 */
	private Set<String> insertUnnested(List<Object[]> rows) {
		int n = rows.size();
		String[][] columns = new String[PEOPLE_COLUMNS.size()][n];
		for (int i = 0; i < n; i++) {
			Object[] row = rows.get(i);
			for (int c = 0; c < row.length; c++) {
				columns[c][i] = row[c] == null ? null
						: row[c] instanceof Timestamp at ? at.toInstant().toString() : row[c].toString();
			}
		}
		return new HashSet<>(this.jdbc
			.sql("INSERT INTO presale_participants (" + String.join(", ", PEOPLE_COLUMNS) + ")"
					+ " SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]),"
					+ " CAST(? AS timestamptz[]), CAST(? AS text[]), CAST(? AS boolean[]), CAST(? AS timestamptz[]))"
					+ " ON CONFLICT DO NOTHING RETURNING person_key")
			.params((Object[]) columns)
			.query((rs, i) -> rs.getString("person_key").strip())
			.list());
	}

	/**
	 * Elsewhere (the embedded H2): a JDBC batch, its update counts telling who was new.
	 */
	private Set<String> insertBatch(List<Object[]> rows) {
		int[] counts = this.jdbcTemplate.batchUpdate("INSERT INTO presale_participants ("
				+ String.join(", ", PEOPLE_COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows);
		Set<String> fresh = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			if (counts[i] > 0 || counts[i] == java.sql.Statement.SUCCESS_NO_INFO) {
				fresh.add((String) rows.get(i)[1]);
			}
		}
		return fresh;
	}

	private void publish(Campaign campaign, List<Participant> participants) {
		boolean postgres = this.bulk.isPostgres();
		List<Participant> chunk = new ArrayList<>();
		int chars = 0;
		for (Participant participant : participants) {
			int size = estimatedChars(participant);
			boolean full = postgres ? chunk.size() >= EVENT_SIZE : chars + size > EVENT_CHARS_H2;
			if (full && !chunk.isEmpty()) {
				emit(campaign, chunk);
				chunk = new ArrayList<>();
				chars = 0;
			}
			chunk.add(participant);
			chars += size;
		}
		if (!chunk.isEmpty()) {
			emit(campaign, chunk);
		}
	}

	private void emit(Campaign campaign, List<Participant> participants) {
		this.events.publishEvent(new PresaleParticipantsJoined(campaign.id(), campaign.code(), campaign.brand(),
				campaign.modelCode(), participants));
	}

	/**
	 * A generous guess of the participant's share of the serialized event: field names,
	 * quotes and the values (the event's own fields take the rest of the margin).
	 */
	static int estimatedChars(Participant p) {
		return 260 + length(p.phone()) + 2 * length(p.name()) + length(p.configurationCode()) + length(p.cityCode())
				+ 2 * length(p.rawPayload());
	}

	private static int length(@Nullable String text) {
		return text == null ? 4 : text.length();
	}

	private void run() {
		while (this.running) {
			boolean more = false;
			boolean hot = this.pace.perSecond() > this.settings.handoverYieldAbove();
			if (this.pacing.mayHandOver(hot)) {
				try {
					more = handOverOnce().more();
				}
				catch (RuntimeException ex) {
					log.warn("Presale participants not handed over; trying again", ex);
				}
			}
			if (!more || hot) {
				try {
					Thread.sleep(this.intervalMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public synchronized void start() {
		if (this.running || this.intervalMillis <= 0) {
			return;
		}
		this.running = true;
		this.worker = Thread.ofPlatform().daemon().name("presale-handover").start(this::run);
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread != null) {
			// not interrupted: a batch in flight finishes (a pause is a fraction of a
			// second)
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** A batch of one campaign's participants, waiting to be handed over. */
	private record Waiting(long id, UUID campaignId, List<ParticipantBatch.Entry> entries) {
	}

	/**
	 * One handover: the participants taken from their batches, and those of them
	 * published (the rest took part before).
	 */
	private record Run(int taken, int published, boolean more) {
	}

	/** The batches taken, and whether more were waiting (locked by this run or not). */
	private record Taken(List<Waiting> batches, boolean more) {
	}

}
