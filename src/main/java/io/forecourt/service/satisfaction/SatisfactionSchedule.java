package io.forecourt.service.satisfaction;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the survey sending and complaint escalation jobs every
 * {@code forecourt.service.satisfaction.check-interval} (a minute), each on one instance
 * at a time (ShedLock). Tests switch it off
 * ({@code forecourt.service.satisfaction.schedule=false}) and run the jobs themselves.
 */
@Component
@ConditionalOnProperty(name = "forecourt.service.satisfaction.schedule", havingValue = "true", matchIfMissing = true)
class SatisfactionSchedule {

	private final SatisfactionJobs jobs;

	SatisfactionSchedule(SatisfactionJobs jobs) {
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${forecourt.service.satisfaction.check-interval:PT1M}",
			initialDelayString = "${forecourt.service.satisfaction.initial-delay:PT50S}")
	@SchedulerLock(name = "service.satisfaction-surveys", lockAtMostFor = "PT5M")
	void sendSurveys() {
		this.jobs.sendDue();
	}

	@Scheduled(fixedDelayString = "${forecourt.service.satisfaction.check-interval:PT1M}",
			initialDelayString = "${forecourt.service.satisfaction.initial-delay:PT50S}")
	@SchedulerLock(name = "service.complaint-escalations", lockAtMostFor = "PT5M")
	void escalateComplaints() {
		this.jobs.escalate();
	}

}
