package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A repair order moved on: {@code RECEPTION}, {@code INSPECTION},
 * {@code WAITING_FOR_APPROVAL}, {@code IN_REPAIR}, {@code QUALITY_CHECK},
 * {@code WASHING}, {@code READY_FOR_PICKUP}, {@code DELIVERED} or {@code CANCELLED}.
 *
 * @param movedBy who moved it (a staff member's name, or {@code owner} for the owner's
 * approval)
 */
@Externalized("forecourt.events::service.repair-order.step-changed")
public record RepairOrderStepChanged(UUID repairOrderId, UUID dealerId, UUID customerId, String from, String to,
		String movedBy, Instant at) {
}
