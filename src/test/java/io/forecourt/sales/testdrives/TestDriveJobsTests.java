package io.forecourt.sales.testdrives;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.sales.TestDriveNoShow;
import io.forecourt.sales.TestDriveReminderDue;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.testdrives.TestDriveWork.SHANGHAI;
import static io.forecourt.sales.testdrives.TestDriveWork.await;
import static io.forecourt.sales.testdrives.TestDriveWork.mobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clock's jobs, run directly with a clock the test moves: a reminder once the drive
 * is within the lead time (once, however often and however many jobs run), the
 * evening-before reminder, and no-shows after the slot's end and the grace period.
 */
@TestDriveTest
class TestDriveJobsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	TestDriveJobs jobs;

	@Autowired
	ApplicationEvents events;

	TestDriveWork work;

	@BeforeAll
	void work() {
		this.work = new TestDriveWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void aDriveWithinTheLeadTimeIsRemindedOnceHoweverManyJobsRun() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("普布");
		this.work.car(dealer, "E5", "E5-STD");
		OffsetDateTime start = this.work.slotAfter(dealer, "E5", Duration.ofHours(3));
		UUID booking = this.work.booked(this.work.app, dealer, "E5", start, mobile());
		this.jobs.sendReminders();
		assertThat(leadTimeReminders(booking)).isZero();
		assertThat(reminded(booking, "reminded_at")).isFalse();

		this.clock.advance(Duration.between(this.clock.instant(), start.toInstant().minus(Duration.ofMinutes(119))));
		// two instances at once, then the next runs: one reminder
		CompletableFuture<Integer> other = CompletableFuture.supplyAsync(this.jobs::sendReminders);
		this.jobs.sendReminders();
		other.join();
		this.jobs.sendReminders();
		assertThat(reminded(booking, "reminded_at")).isTrue();
		assertThat(this.work.count("SELECT count(*) FROM audit_log WHERE resource_id = ? AND detail = ?",
				booking.toString(), "reminder due (LEAD_TIME)"))
			.isEqualTo(1);
		UUID customer = customerOf(booking);
		await(() -> timeline(customer, "TEST_DRIVE_REMINDER_DUE") >= 1);
		Thread.sleep(300);
		assertThat(timeline(customer, "TEST_DRIVE_REMINDER_DUE")).isEqualTo(1);
	}

	@Test
	void aRunInTheTestThreadPublishesTheReminderOnceWithTheDrivesDetails() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("边巴");
		this.work.car(dealer, "S7", "S7-LUXURY");
		OffsetDateTime start = this.work.slotAfter(dealer, "S7", Duration.ofHours(3));
		UUID booking = this.work.booked(this.work.app, dealer, "S7", start, mobile());
		this.clock.advance(Duration.between(this.clock.instant(), start.toInstant().minus(Duration.ofMinutes(90))));
		this.jobs.sendReminders();
		this.jobs.sendReminders();
		assertThat(leadTimeReminders(booking)).isEqualTo(1);
		assertThat(this.events.stream(TestDriveReminderDue.class).filter(e -> e.bookingId().equals(booking)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.kind()).isEqualTo("LEAD_TIME");
				assertThat(e.modelCode()).isEqualTo("S7");
				assertThat(e.startsAt()).isEqualTo(start.toInstant());
			});
	}

	@Test
	void theEveningBeforeTomorrowsDrivesAreRemindedToo() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("旺堆");
		this.work.car(dealer, "M9", "M9-BUSINESS");
		LocalDate today = this.clock.instant().atZone(SHANGHAI).toLocalDate();
		OffsetDateTime start = today.plusDays(2).atTime(10, 30).atZone(SHANGHAI).toOffsetDateTime();
		UUID booking = this.work.booked(this.work.app, dealer, "M9", start, mobile());
		Instant evening = today.plusDays(1).atTime(18, 0, 30).atZone(SHANGHAI).toInstant();
		this.clock.advance(Duration.between(this.clock.instant(), evening.minus(Duration.ofMinutes(5))));
		this.jobs.sendReminders();
		assertThat(dayBeforeReminders(booking)).isZero();

		this.clock.advance(Duration.ofMinutes(6));
		this.jobs.sendReminders();
		this.jobs.sendReminders();
		assertThat(dayBeforeReminders(booking)).isEqualTo(1);
		assertThat(leadTimeReminders(booking)).isZero();
		assertThat(reminded(booking, "day_before_reminded_at")).isTrue();
	}

	@Test
	void aCustomerWhoNeverCameIsANoShowAfterTheGracePeriodOnce() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("索朗", "次旦");
		this.work.car(dealer, "E5", "E5-LR");
		this.work.car(dealer, "E5", "E5-LR");
		OffsetDateTime start = this.work.currentSlot(dealer, "E5");
		String consultant = dealer.consultants().get(0);
		UUID missed = this.work.booked(consultant, dealer, "E5", start, mobile());
		UUID came = this.work.booked(consultant, dealer, "E5", start, mobile());
		this.work.send(consultant, "/api/v1/test-drives/" + came + "/check-in", "").andExpect(status().isOk());

		Instant end = start.toInstant().plus(Duration.ofMinutes(45));
		this.clock.advance(Duration.between(this.clock.instant(), end.plus(Duration.ofMinutes(29))));
		this.jobs.markNoShows();
		assertThat(this.work.statusOf(missed)).isEqualTo("BOOKED");

		this.clock.advance(Duration.ofMinutes(2));
		CompletableFuture<Integer> other = CompletableFuture.supplyAsync(this.jobs::markNoShows);
		this.jobs.markNoShows();
		other.join();
		this.jobs.markNoShows();
		assertThat(this.work.statusOf(missed)).isEqualTo("NO_SHOW");
		assertThat(this.work.statusOf(came)).isEqualTo("CHECKED_IN");
		assertThat(this.work.count("SELECT count(*) FROM test_drive_holds WHERE booking_id = ?", missed)).isZero();
		assertThat(this.work.count("SELECT count(*) FROM audit_log WHERE resource_id = ? AND detail LIKE 'no-show%'",
				missed.toString()))
			.isEqualTo(1);
		// too late to check in now
		this.work.send(consultant, "/api/v1/test-drives/" + missed + "/check-in", "").andExpect(status().isConflict());
		UUID customer = customerOf(missed);
		await(() -> timeline(customer, "TEST_DRIVE_NO_SHOW") == 1);
	}

	@Test
	void staffMarkANoShowOnceTheSlotBeganAndNotBefore() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("多吉");
		this.work.car(dealer, "E5", "E5-STD");
		OffsetDateTime start = this.work.slotAfter(dealer, "E5", Duration.ofHours(3));
		String consultant = dealer.consultants().get(0);
		UUID booking = this.work.booked(consultant, dealer, "E5", start, mobile());
		this.work.send(consultant, "/api/v1/test-drives/" + booking + "/no-show", "").andExpect(status().isConflict());
		this.clock.advance(Duration.between(this.clock.instant(), start.toInstant().plus(Duration.ofMinutes(10))));
		this.work.send(consultant, "/api/v1/test-drives/" + booking + "/no-show", "").andExpect(status().isOk());
		assertThat(this.events.stream(TestDriveNoShow.class).filter(e -> e.bookingId().equals(booking))).hasSize(1);
		assertThat(this.work.count("SELECT count(*) FROM test_drive_holds WHERE booking_id = ?", booking)).isZero();
	}

	private long leadTimeReminders(UUID booking) {
		return this.events.stream(TestDriveReminderDue.class)
			.filter(e -> e.bookingId().equals(booking) && e.kind().equals("LEAD_TIME"))
			.count();
	}

	private long dayBeforeReminders(UUID booking) {
		return this.events.stream(TestDriveReminderDue.class)
			.filter(e -> e.bookingId().equals(booking) && e.kind().equals("DAY_BEFORE"))
			.count();
	}

	private boolean reminded(UUID booking, String column) {
		return this.work.count("SELECT count(*) FROM test_drive_bookings WHERE id = ? AND " + column + " IS NOT NULL",
				booking) == 1;
	}

	private UUID customerOf(UUID booking) {
		return this.jdbc.sql("SELECT customer_id FROM test_drive_bookings WHERE id = ?")
			.param(booking)
			.query(UUID.class)
			.single();
	}

	private long timeline(UUID customer, String type) {
		return this.work.count("SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type = ?", customer,
				type);
	}

}
