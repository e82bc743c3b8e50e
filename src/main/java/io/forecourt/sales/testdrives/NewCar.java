package io.forecourt.sales.testdrives;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A car joining a dealer's test-drive fleet, as a manager enters it.
 *
 * @param vin with a valid check digit (China requires one)
 * @param plate optional while the car is not registered yet
 */
public record NewCar(@Nullable UUID dealerId, @Nullable String vin, @Nullable String modelCode,
		@Nullable String trimCode, @Nullable String plate) {
}
