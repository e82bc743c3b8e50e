package io.forecourt.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * The owner took the car back: the repair order's last step. What the satisfaction survey
 * is sent after, and what updates the vehicle's service history.
 *
 * @param appointmentId the appointment it was opened from, null for a walk-in
 * @param mileageKm the odometer reading taken at reception, if recorded
 * @param work what was done, one line per labour or part line, in the order's language of
 * record (Chinese), e.g. "更换机油滤清器"
 * @param total what the owner paid, in yuan (approved work only)
 */
@Externalized("forecourt.events::service.repair-order.delivered")
public record RepairOrderDelivered(UUID repairOrderId, UUID dealerId, UUID customerId, @Nullable UUID appointmentId,
		@Nullable String vin, @Nullable String plate, @Nullable Integer mileageKm, List<String> work, BigDecimal total,
		Instant deliveredAt) {

	public RepairOrderDelivered {
		work = List.copyOf(work);
	}

}
