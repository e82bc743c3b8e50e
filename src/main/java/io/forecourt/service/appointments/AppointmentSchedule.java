package io.forecourt.service.appointments;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder and no-show jobs every
 * {@code forecourt.service.appointments.check-interval} (a minute by default), each on
 * one instance at a time (ShedLock locks in the database). Tests switch the schedule off
 * ({@code forecourt.service.appointments.schedule=false}) and run the jobs themselves
 * with a clock they control.
 */
@Component
@ConditionalOnProperty(name = "forecourt.service.appointments.schedule", havingValue = "true", matchIfMissing = true)
class AppointmentSchedule {

	private final AppointmentJobs jobs;

	AppointmentSchedule(AppointmentJobs jobs) {
		this.jobs = jobs;
	}

	@Scheduled(fixedDelayString = "${forecourt.service.appointments.check-interval:PT1M}",
			initialDelayString = "${forecourt.service.appointments.initial-delay:PT45S}")
	@SchedulerLock(name = "service.appointment-reminders", lockAtMostFor = "PT5M")
	void reminders() {
		this.jobs.sendReminders();
	}

	@Scheduled(fixedDelayString = "${forecourt.service.appointments.check-interval:PT1M}",
			initialDelayString = "${forecourt.service.appointments.initial-delay:PT45S}")
	@SchedulerLock(name = "service.appointment-no-shows", lockAtMostFor = "PT5M")
	void noShows() {
		this.jobs.markNoShows();
	}

}
