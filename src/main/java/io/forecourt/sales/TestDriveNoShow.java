package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * The customer did not come: marked by staff once the slot began, or by the no-show job
 * after the slot's end and a grace period.
 */
@Externalized("forecourt.events::sales.test-drive.no-show")
public record TestDriveNoShow(UUID bookingId, UUID customerId, UUID dealerId, UUID consultantId, @Nullable UUID leadId,
		String modelCode, Instant startsAt, Instant markedAt) {
}
