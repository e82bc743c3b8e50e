package io.forecourt.sales.testdrives;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Moves a booking to another slot of the same dealer. The car and consultant stay when
 * they are free then; otherwise another free car of the same model and trim, or another
 * consultant, takes over.
 *
 * @param start the new slot's start, ISO 8601 with offset
 * @param carId a particular car instead
 * @param consultantId a particular consultant instead
 */
public record Reschedule(@Nullable String start, @Nullable UUID carId, @Nullable UUID consultantId) {
}
