package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A customer booked a test drive: a car and a consultant of the dealer are held for the
 * slot.
 *
 * @param leadId the customer's open lead at the dealer the booking is linked to, if any
 * @param channel {@code APP} (the brand app or another integrator) or {@code STAFF}
 */
@Externalized("forecourt.events::sales.test-drive.booked")
public record TestDriveBooked(UUID bookingId, UUID customerId, UUID dealerId, UUID consultantId, UUID carId,
		String modelCode, String trimCode, @Nullable UUID leadId, Instant startsAt, Instant endsAt, String channel,
		Instant bookedAt) {
}
