package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A test drive moved to another slot (possibly another car or consultant). */
@Externalized("forecourt.events::sales.test-drive.rescheduled")
public record TestDriveRescheduled(UUID bookingId, UUID customerId, UUID dealerId, UUID consultantId, UUID carId,
		Instant previousStartsAt, Instant startsAt, Instant endsAt, Instant rescheduledAt) {
}
