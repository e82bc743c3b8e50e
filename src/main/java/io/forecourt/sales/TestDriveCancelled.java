package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/** A booked test drive was cancelled; its car and consultant are free again. */
@Externalized("forecourt.events::sales.test-drive.cancelled")
public record TestDriveCancelled(UUID bookingId, UUID customerId, UUID dealerId, @Nullable UUID leadId,
		Instant startsAt, @Nullable String reason, Instant cancelledAt) {
}
