package io.forecourt.sales.testdrives;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder and no-show jobs every
 * {@code forecourt.sales.test-drives.check-interval} (a minute by default), each on one
 * instance at a time (ShedLock locks in the database). Tests switch the schedule off
 * ({@code forecourt.sales.test-drives.schedule=false}) and run the jobs themselves with a
 * clock they control.
 */
@Component
@ConditionalOnProperty(name = "forecourt.sales.test-drives.schedule", havingValue = "true", matchIfMissing = true)
class TestDriveSchedule {

	private final TestDriveJobs jobs;

	TestDriveSchedule(TestDriveJobs jobs) {
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${forecourt.sales.test-drives.check-interval:PT1M}",
			initialDelayString = "${forecourt.sales.test-drives.initial-delay:PT40S}")
	@SchedulerLock(name = "sales.test-drive-reminders", lockAtMostFor = "PT5M")
	void reminders() {
		this.jobs.sendReminders();
	}

	@Scheduled(fixedDelayString = "${forecourt.sales.test-drives.check-interval:PT1M}",
			initialDelayString = "${forecourt.sales.test-drives.initial-delay:PT40S}")
	@SchedulerLock(name = "sales.test-drive-no-shows", lockAtMostFor = "PT5M")
	void noShows() {
		this.jobs.markNoShows();
	}

}
