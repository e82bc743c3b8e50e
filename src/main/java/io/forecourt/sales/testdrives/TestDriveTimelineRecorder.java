package io.forecourt.sales.testdrives;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import io.forecourt.identity.CustomerTimeline;
import io.forecourt.identity.TimelineEntry;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.sales.TestDriveBooked;
import io.forecourt.sales.TestDriveCancelled;
import io.forecourt.sales.TestDriveCompleted;
import io.forecourt.sales.TestDriveNoShow;
import io.forecourt.sales.TestDriveReminderDue;
import io.forecourt.sales.TestDriveRescheduled;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a customer's test drives on their timeline, after the booking's transaction
 * committed: booked, moved, cancelled, reminded, driven (with the rating) or missed.
 */
@Component
class TestDriveTimelineRecorder {

	private static final String MODULE = "sales";

	private static final String REF = "test-drive";

	private final CustomerTimeline timeline;

	private final DealerNetwork network;

	private final ZoneId zone;

	TestDriveTimelineRecorder(CustomerTimeline timeline, DealerNetwork network, TestDrivePolicy policy) {
		this.timeline = timeline;
		this.network = network;
		this.zone = policy.zone();
	}

	@ApplicationModuleListener
	void on(TestDriveBooked event) {
		record(event.customerId(), event.bookedAt(), "TEST_DRIVE_BOOKED", "Test drive of " + event.trimCode()
				+ " booked for " + local(event.startsAt()) + " at " + dealer(event.dealerId()), event.bookingId());
	}

	@ApplicationModuleListener
	void on(TestDriveRescheduled event) {
		record(event.customerId(), event.rescheduledAt(), "TEST_DRIVE_RESCHEDULED",
				"Test drive moved from " + local(event.previousStartsAt()) + " to " + local(event.startsAt()),
				event.bookingId());
	}

	@ApplicationModuleListener
	void on(TestDriveCancelled event) {
		record(event.customerId(), event.cancelledAt(), "TEST_DRIVE_CANCELLED",
				"Test drive of " + local(event.startsAt()) + " cancelled", event.bookingId());
	}

	@ApplicationModuleListener
	void on(TestDriveReminderDue event) {
		record(event.customerId(), event.dueAt(), "TEST_DRIVE_REMINDER_DUE",
				"Reminder due for the test drive of " + event.modelCode() + " at " + local(event.startsAt()),
				event.bookingId());
	}

	@ApplicationModuleListener
	void on(TestDriveCompleted event) {
		record(event.customerId(), event.completedAt(), "TEST_DRIVE_COMPLETED", "Test drove " + event.trimCode()
				+ " at " + dealer(event.dealerId()) + ": rated " + event.rating() + "/5, interest " + event.interest(),
				event.bookingId());
	}

	@ApplicationModuleListener
	void on(TestDriveNoShow event) {
		record(event.customerId(), event.markedAt(), "TEST_DRIVE_NO_SHOW",
				"Did not come to the test drive of " + event.modelCode() + " at " + local(event.startsAt()),
				event.bookingId());
	}

	private void record(UUID customerId, Instant at, String type, String summary, UUID bookingId) {
		this.timeline.record(new TimelineEntry(customerId, at, MODULE, type, summary, REF, bookingId.toString(), null));
	}

	private String local(Instant instant) {
		return instant.atZone(this.zone).toLocalDateTime().toString().replace('T', ' ');
	}

	private String dealer(UUID dealerId) {
		return this.network.dealer(dealerId).map(DealerSummary::code).orElse(dealerId.toString());
	}

}
