package io.forecourt.leads.sla;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the SLA check every {@code forecourt.leads.sla.check-interval} (30 seconds by
 * default) on one instance at a time (a ShedLock lock in the database). Tests switch the
 * schedule off ({@code forecourt.leads.sla.schedule=false}) and run the job themselves
 * with a clock they control.
 */
@Component
@ConditionalOnProperty(name = "forecourt.leads.sla.schedule", havingValue = "true", matchIfMissing = true)
class SlaBreachSchedule {

	private final SlaBreachJob job;

	SlaBreachSchedule(SlaBreachJob job) {
		this.job = job;
	}

	@Scheduled(fixedDelayString = "${forecourt.leads.sla.check-interval:PT30S}",
			initialDelayString = "${forecourt.leads.sla.initial-delay:PT30S}")
	@SchedulerLock(name = "leads.sla-breaches", lockAtMostFor = "PT5M")
	void run() {
		this.job.detectBreaches();
	}

}
