package io.forecourt.service.recommendation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the brand app (or HQ) asks: where should this vehicle go for this need?
 *
 * @param vin the vehicle's VIN; VIN or model is required
 * @param modelCode the vehicle's model, e.g. {@code E5}
 * @param position where the owner is now (WGS-84)
 * @param serviceType the service type code, e.g. {@code MAINT-MINOR} or
 * {@code REPAIR-GENERAL}
 * @param faultSeverity NONE (default), LOW, MEDIUM, HIGH or CRITICAL
 * @param mileageKm the odometer now, for how overdue a maintenance is
 * @param lastServiceMileageKm the odometer at the last service (0 for a car never
 * serviced)
 * @param lastServiceDate the date of the last service (or of delivery)
 * @param from the window's first day (default today)
 * @param to the window's last day (default a few days after {@code from})
 * @param maxDistanceKm how far the owner would drive (default from configuration)
 */
public record RecommendationRequest(@Nullable String vin, @Nullable String modelCode, @Nullable Position position,
		@Nullable String serviceType, @Nullable String faultSeverity, @Nullable Integer mileageKm,
		@Nullable Integer lastServiceMileageKm, @Nullable LocalDate lastServiceDate, @Nullable LocalDate from,
		@Nullable LocalDate to, @Nullable Double maxDistanceKm) {

	/** A position as latitude and longitude in degrees. */
	public record Position(@Nullable Double latitude, @Nullable Double longitude) {
	}

}
