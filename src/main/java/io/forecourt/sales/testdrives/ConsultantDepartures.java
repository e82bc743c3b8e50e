package io.forecourt.sales.testdrives;

import java.time.Clock;
import java.util.Set;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.StaffChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A consultant who leaves (is deactivated) keeps no test drives: each of their drives
 * still to come moves to another consultant free at the same time, with the same car, as
 * a reschedule (audited, {@code TestDriveRescheduled} published, so the customer can be
 * told who will meet them). A drive nobody is free for stays booked and is audited as
 * needing the manager (the audit trail and the log say so), who reschedules it from the
 * calendar. Drives at a suspended dealer are kept: the customer was promised them, and
 * suspension only stops new bookings.
 */
@Component
class ConsultantDepartures {

	private static final Logger log = LoggerFactory.getLogger(ConsultantDepartures.class);

	private static final ForecourtPrincipal SYSTEM = new ForecourtPrincipal("system:test-drives",
			"test-drive reassignment", ForecourtPrincipal.Kind.SYSTEM, Set.of(Role.PLATFORM_ADMIN), AccessScope.all(),
			null);

	private final Bookings bookings;

	private final TestDriveBookings testDrives;

	private final TestDrivePolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	ConsultantDepartures(Bookings bookings, TestDriveBookings testDrives, TestDrivePolicy policy, AuditLog audit,
			Clock clock) {
		this.bookings = bookings;
		this.testDrives = testDrives;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Outside a transaction: each drive moves in a transaction of its own, so one that
	 * cannot move does not undo the others.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(StaffChanged event) {
		if (event.active()) {
			return;
		}
		CurrentAccess.as(SYSTEM, () -> {
			for (TestDriveBooking booking : this.bookings.upcomingWith(event.staffId(), this.clock.instant())) {
				reassign(booking);
			}
			return null;
		});
	}

	private void reassign(TestDriveBooking booking) {
		String start = booking.startsAt().atZone(this.policy.zone()).toOffsetDateTime().toString();
		try {
			TestDriveBooking moved = this.testDrives.reschedule(booking.id(), new Reschedule(start, null, null));
			log.info("Test drive {} moved from departed consultant {} to {}", booking.id(), booking.consultantId(),
					moved.consultantId());
		}
		catch (ProblemException ex) {
			log.warn("Test drive {} keeps departed consultant {}: {}", booking.id(), booking.consultantId(),
					ex.getMessage());
			this.audit.recordChange(AuditAction.UPDATE, TestDriveBookings.BOOKING, booking.id(),
					"consultant " + booking.consultantId() + " left and nobody is free at " + start
							+ "; the manager must reschedule it");
		}
	}

}
