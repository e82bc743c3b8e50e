package io.forecourt.kernel.events;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again every event publication a listener has not completed (after a crash, or
 * while a broker was down). One instance at a time does this, through a ShedLock lock on
 * the database, so several application instances never deliver the same publication twice
 * in parallel.
 */
@Component
class IncompletePublicationResubmitter {

	private static final Logger log = LoggerFactory.getLogger(IncompletePublicationResubmitter.class);

	private final IncompleteEventPublications incomplete;

	private final Duration olderThan;

	IncompletePublicationResubmitter(IncompleteEventPublications incomplete,
			@Value("${forecourt.events.resubmit-older-than:PT2M}") Duration olderThan) {
		this.incomplete = incomplete;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${forecourt.events.resubmit-interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "events.resubmit-incomplete", lockAtMostFor = "PT5M")
	void resubmit() {
		log.debug("Resubmitting event publications incomplete for more than {}", this.olderThan);
		this.incomplete.resubmitIncompletePublicationsOlderThan(this.olderThan);
	}

}
