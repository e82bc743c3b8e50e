package io.forecourt.sales.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A car to register, as HQ logistics or the factory's system sends it: either on its way
 * to a dealer (with an ETA) or already standing there (with its arrival time, for an
 * initial load of existing stock). Values arrive unchecked; registration checks them all
 * and names every bad field.
 */
public record NewStockVehicle(@Schema(example = "LHXE5A2L0T0000001") @Nullable String vin, @Nullable UUID dealerId,
		@Schema(example = "E5") @Nullable String modelCode, @Schema(example = "E5-LR") @Nullable String trimCode,
		@Schema(example = "PEARL-WHITE") @Nullable String exteriorColourCode,
		@Schema(example = "INT-BLACK") @Nullable String interiorColourCode,
		@Schema(description = "Expected arrival (China date) of a car in transit; leave out with arrivedAt") @Nullable LocalDate eta,
		@Schema(description = "When a car already at the dealer arrived; leave out with eta") @Nullable Instant arrivedAt) {
}
