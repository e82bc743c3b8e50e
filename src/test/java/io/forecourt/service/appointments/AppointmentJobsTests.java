package io.forecourt.service.appointments;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.forecourt.kernel.time.VisitReminder;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.service.ServiceAppointmentNoShow;
import io.forecourt.service.ServiceAppointmentReminderDue;
import io.forecourt.service.ServiceTest;
import io.forecourt.service.ServiceWork;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder and no-show jobs on a clock the test moves: a reminder once the
 * appointment comes within the lead time, and only once; a no-show once the grace period
 * after the start passed, which frees the bay and technician.
 */
@ServiceTest
class AppointmentJobsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	AppointmentJobs jobs;

	@Autowired
	ApplicationEvents events;

	ServiceWork work;

	@BeforeAll
	void work() {
		this.work = new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void anAppointmentIsRemindedOnceWhenItComesWithinTheLeadTime() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 1);
		OffsetDateTime start = this.work.slotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3));
		UUID id = this.work.booked(this.work.app, dealer, "MAINT-MINOR", start);
		this.jobs.sendReminders();
		assertThat(reminders(id, VisitReminder.LEAD_TIME.name())).isZero();
		this.clock.advance(Duration.between(this.clock.instant(), start.toInstant()).minus(Duration.ofMinutes(90)));
		this.jobs.sendReminders();
		this.jobs.sendReminders();
		assertThat(reminders(id, VisitReminder.LEAD_TIME.name())).isEqualTo(1);
		assertThat(this.work.count("SELECT count(*) FROM service_appointments WHERE id = ? AND reminded_at IS NOT NULL",
				id))
			.isEqualTo(1);
	}

	@Test
	void nobodyCheckedInByTheEndOfTheGracePeriodIsANoShowAndFreesTheSlot() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 1);
		OffsetDateTime start = this.work.slotAfter(dealer, "MAINT-MINOR", Duration.ofMinutes(30));
		UUID id = this.work.booked(this.work.app, dealer, "MAINT-MINOR", start);
		this.clock.advance(Duration.between(this.clock.instant(), start.toInstant()).plus(Duration.ofMinutes(30)));
		this.jobs.markNoShows();
		assertThat(this.work.statusOf(id)).isEqualTo("BOOKED");
		this.clock.advance(Duration.ofMinutes(31));
		this.jobs.markNoShows();
		assertThat(this.work.statusOf(id)).isEqualTo("NO_SHOW");
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE holder_id = ?", id)).isZero();
		assertThat(this.events.stream(ServiceAppointmentNoShow.class).filter(e -> e.appointmentId().equals(id)))
			.hasSize(1);
		this.work.send(dealer.advisor(), "/api/v1/service/appointments/" + id + "/check-in", "")
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict());
	}

	private long reminders(UUID id, String kind) {
		return this.events.stream(ServiceAppointmentReminderDue.class)
			.filter(e -> e.appointmentId().equals(id) && e.kind().equals(kind))
			.count();
	}

}
