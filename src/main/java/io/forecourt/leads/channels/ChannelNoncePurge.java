package io.forecourt.leads.channels;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets delivery nonces no replay could still use. A delivery passes only while its
 * signed timestamp is within the channel's window of the clock, and a timestamp may lie
 * up to a window ahead; so after twice the longest window a nonce can never be replayed,
 * whatever the window was or becomes. One instance at a time purges (ShedLock).
 */
@Component
class ChannelNoncePurge {

	private static final Logger log = LoggerFactory.getLogger(ChannelNoncePurge.class);

	private final ChannelNonces nonces;

	private final Clock clock;

	ChannelNoncePurge(ChannelNonces nonces, Clock clock) {
		this.nonces = nonces;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${forecourt.leads.webhooks.nonce-purge-interval:PT10M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "leads.purge-webhook-nonces", lockAtMostFor = "PT5M")
	void purge() {
		int purged = this.nonces
			.purgeReceivedBefore(this.clock.instant().minus(LeadChannel.MAX_REPLAY_WINDOW.multipliedBy(2)));
		log.debug("Purged {} webhook nonces past every replay window", purged);
	}

}
