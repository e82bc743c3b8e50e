package io.forecourt.sales.testdrives;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A car of a dealer's test-drive fleet.
 *
 * @param modelCode the catalog's model code, e.g. {@code E5}
 * @param trimCode the catalog's trim code, e.g. {@code E5-LR}
 * @param plate the licence plate, e.g. {@code 沪AD12345}; null while unregistered
 */
public record TestDriveCar(UUID id, UUID dealerId, String vin, String modelCode, String trimCode,
		@Nullable String plate, CarStatus status, long version, Instant createdAt, Instant updatedAt) {
}
