package io.forecourt.presale.reservations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.presale.PresaleParticipantsJoined;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.campaigns.CampaignDirectory;
import io.forecourt.presale.participants.ParticipantRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock's part in a presale. Units return to the quota at the deadline by themselves
 * (a lapsed hold is free to any claim); this job then marks the reservations EXPIRED,
 * frees their rows and their people's slots, and publishes the event, each reservation in
 * a short transaction of its own. It also records the participants of reservations whose
 * instance stopped before their participant batch committed.
 */
@Component
public class PresaleJobs {

	private static final Logger log = LoggerFactory.getLogger(PresaleJobs.class);

	private static final int BATCH = 500;

	/** Reservations younger than this may still have their participant on its way. */
	private static final Duration RECORDING_GRACE = Duration.ofSeconds(30);

	private static final Duration RECORDING_LOOKBACK = Duration.ofHours(1);

	private final Reservations reservations;

	private final ReservationExpiry expiry;

	private final CampaignDirectory campaigns;

	private final ParticipantRecorder recorder;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PresaleJobs(Reservations reservations, ReservationExpiry expiry, CampaignDirectory campaigns,
			ParticipantRecorder recorder, PlatformTransactionManager transactions, Clock clock) {
		this.reservations = reservations;
		this.expiry = expiry;
		this.campaigns = campaigns;
		this.recorder = recorder;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * @return how many reservations this run ended
	 */
	public int expireDue() {
		return CurrentAccess.asSystem(() -> {
			Instant now = this.clock.instant();
			int ended = 0;
			for (Reservation due : this.reservations.due(now, BATCH)) {
				try {
					Campaign campaign = this.campaigns.byId(due.campaignId()).orElseThrow();
					Boolean done = this.transaction.execute(status -> this.expiry.expire(campaign, due, now));
					ended += Boolean.TRUE.equals(done) ? 1 : 0;
				}
				catch (RuntimeException ex) {
					log.warn("Presale reservation {} not expired; tried again next run", due.id(), ex);
				}
			}
			return ended;
		});
	}

	/**
	 * @return how many participants this run handed to the recorder
	 */
	public int recordMissingParticipants() {
		Instant now = this.clock.instant();
		// a reservation whose participant waits in a batch has no participant row yet:
		// only those made well before the oldest waiting batch are known to have none
		Instant until = now.minus(RECORDING_GRACE);
		Instant waiting = this.recorder.waitingSince().map(since -> since.minus(RECORDING_GRACE)).orElse(until);
		int handed = 0;
		for (Reservation r : this.reservations.withoutParticipant(now.minus(RECORDING_LOOKBACK),
				waiting.isBefore(until) ? waiting : until, BATCH)) {
			Campaign campaign = this.campaigns.byId(r.campaignId()).orElse(null);
			if (campaign == null) {
				continue;
			}
			this.recorder.record(campaign, r.personKey(),
					new PresaleParticipantsJoined.Participant(r.phone(), r.name(),
							PresaleParticipantsJoined.Outcome.RESERVED, r.configurationCode(), r.cityCode(),
							r.consentMarketing(), r.reservedAt(), null));
			handed++;
		}
		return handed;
	}

}
