package io.forecourt.sales.testdrives;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A test-drive booking as the brand app or a consultant asks for it.
 *
 * @param start the slot's start, ISO 8601 with offset, e.g.
 * {@code 2026-11-23T10:00+08:00}
 * @param phone the customer's phone: One ID finds (or creates) the customer by it
 * @param name what the customer is called, for the consultant's calendar
 * @param trimCode a trim of the model to drive; any trim when absent
 * @param leadId the customer's open lead at the dealer; found by itself when absent
 * @param carId a particular car; any free car of the model when absent
 * @param consultantId a particular consultant; the least booked free one when absent
 */
public record NewBooking(@Nullable UUID dealerId, @Nullable String modelCode, @Nullable String trimCode,
		@Nullable String start, @Nullable String phone, @Nullable String name, @Nullable UUID leadId,
		@Nullable UUID carId, @Nullable UUID consultantId, @Nullable String note) {
}
