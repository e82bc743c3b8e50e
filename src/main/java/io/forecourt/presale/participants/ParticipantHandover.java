package io.forecourt.presale.participants;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.jdbc.BulkInsert;
import io.forecourt.presale.ParticipantCapture;
import io.forecourt.presale.PresaleParticipantsJoined;
import io.forecourt.presale.PresaleParticipantsJoined.Outcome;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands recorded participants to the lead center, off the reservation path: every
 * instance takes the oldest waiting rows ({@code SKIP LOCKED} on PostgreSQL, so instances
 * share the work and never wait on each other), and in one transaction publishes them as
 * {@link PresaleParticipantsJoined} events of a few hundred people, marks them handed
 * over and clears their personal fields. The event and the mark commit together, so each
 * participant is handed over exactly once, across crashes.
 */
@Component
public class ParticipantHandover implements SmartLifecycle, ParticipantCapture {

	private static final Logger log = LoggerFactory.getLogger(ParticipantHandover.class);

	/** Participants taken per transaction. */
	static final int BATCH = 2_000;

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

	ParticipantHandover(JdbcClient jdbc, BulkInsert bulk, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, CampaignDirectory campaigns, Clock clock, LaunchPace pace,
			PresaleSettings settings) {
		this.jdbc = jdbc;
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
	 * Hands over one batch of waiting participants.
	 * @return how many this call handed over (0: none waiting, or all taken by another
	 * instance at this moment)
	 */
	public int handOver() {
		Integer handed = this.transaction.execute(status -> handOverBatch());
		int count = handed == null ? 0 : handed;
		this.pacing.handedOver(count);
		return count;
	}

	@Override
	public void captured(PresaleParticipantsJoined batch) {
		this.pacing.captured(batch.participants().size());
	}

	private int handOverBatch() {
		List<Waiting> waiting = this.jdbc.sql("""
				SELECT campaign_id, person_key, outcome, attempted_at, phone, name, configuration_code, city_code,
				       consent_marketing, raw_payload
				  FROM presale_participants WHERE handed_over_at IS NULL ORDER BY handed_over_at, attempted_at
				""" + "LIMIT " + BATCH + (this.bulk.isPostgres() ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE"))
			.query((rs, n) -> new Waiting(rs.getObject("campaign_id", UUID.class), rs.getString("person_key"),
					rs.getString("phone") == null ? null
							: new Participant(rs.getString("phone"), rs.getString("name"),
									Outcome.valueOf(rs.getString("outcome")), rs.getString("configuration_code"),
									rs.getString("city_code"), rs.getBoolean("consent_marketing"),
									rs.getTimestamp("attempted_at").toInstant(), rs.getString("raw_payload"))))
			.list();
		Map<UUID, List<Participant>> byCampaign = new LinkedHashMap<>();
		List<Waiting> taken = new ArrayList<>();
		for (Waiting row : waiting) {
			if (row.participant() == null) {
				// recorded without the fields a lead needs (by hand, say): nothing to
				// hand over
				taken.add(row);
				continue;
			}
			if (this.campaigns.byId(row.campaignId()).isEmpty()) {
				// a campaign this instance has not heard of yet (created on another
				// instance a
				// moment ago): left for the next run
				continue;
			}
			byCampaign.computeIfAbsent(row.campaignId(), id -> new ArrayList<>()).add(row.participant());
			taken.add(row);
		}
		if (taken.isEmpty()) {
			return 0;
		}
		markHandedOver(taken);
		byCampaign.forEach((id, participants) -> publish(this.campaigns.byId(id).orElseThrow(), participants));
		return taken.size();
	}

	private void markHandedOver(List<Waiting> taken) {
		Timestamp now = Timestamp.from(this.clock.instant());
		for (UUID campaign : taken.stream().map(Waiting::campaignId).distinct().toList()) {
			List<String> ofCampaign = taken.stream()
				.filter(row -> row.campaignId().equals(campaign))
				.map(Waiting::personKey)
				.toList();
			// bpchar, the column's own type: the primary key finds the rows
			BulkInsert.Condition these = this.bulk.anyOf("person_key", "bpchar", ofCampaign);
			this.jdbc
				.sql("UPDATE presale_participants SET handed_over_at = ?, phone = NULL, name = NULL,"
						+ " city_code = NULL, raw_payload = NULL WHERE campaign_id = ? AND " + these.sql())
				.params(merge(List.of(now, campaign), these.params()))
				.update();
		}
	}

	private static List<Object> merge(List<Object> first, List<?> more) {
		List<Object> all = new ArrayList<>(first);
		all.addAll(more);
		return all;
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
			int handed = 0;
			boolean hot = this.pace.perSecond() > this.settings.handoverYieldAbove();
			if (this.pacing.mayHandOver(hot)) {
				try {
					handed = handOver();
				}
				catch (RuntimeException ex) {
					log.warn("Presale participants not handed over; trying again", ex);
				}
			}
			if (handed < BATCH || hot) {
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

	private record Waiting(UUID campaignId, String personKey, @Nullable Participant participant) {
	}

}
