package io.forecourt.presale.reservations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the presale jobs on one instance at a time (ShedLock): expiry every two seconds,
 * the participant check every minute.
 */
@Component
@ConditionalOnProperty(name = "forecourt.presale.schedule", havingValue = "true", matchIfMissing = true)
class PresaleSchedule {

	private final PresaleJobs jobs;

	PresaleSchedule(PresaleJobs jobs) {
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${forecourt.presale.expiry-interval:PT2S}", initialDelayString = "PT10S")
	@SchedulerLock(name = "presale.expire-reservations", lockAtMostFor = "PT1M")
	void expire() {
		this.jobs.expireDue();
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@SchedulerLock(name = "presale.record-missing-participants", lockAtMostFor = "PT5M")
	void participants() {
		this.jobs.recordMissingParticipants();
	}

}
