package io.forecourt.sales.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A car as the API and console show it, with what is decoded from its VIN and its age.
 *
 * @param manufacturer named by the VIN's WMI, when known
 * @param daysInStock whole days at the dealer (until delivery); null in transit
 * @param ageing the ageing band of a car standing at its dealer; null otherwise
 * @param version the ETag of updates
 */
public record StockVehicleView(UUID id, String vin, String wmi, @Nullable String manufacturer,
		@Nullable Integer modelYear, UUID dealerId, String modelCode, String trimCode, String exteriorColourCode,
		String interiorColourCode, StockStatus status, boolean inTransit, @Nullable LocalDate eta,
		@Nullable Instant arrivedAt, @Nullable Long daysInStock, @Nullable AgeingBucket ageing, @Nullable UUID orderId,
		@Nullable UUID factoryOrderId, @Nullable Instant allocatedAt, @Nullable Instant deliveredAt,
		Instant registeredAt, long version) {

	static StockVehicleView of(StockVehicle v, StockCalendar calendar) {
		return new StockVehicleView(v.id(), v.vin().value(), v.vin().wmi(), v.vin().manufacturer().orElse(null),
				v.modelYear(), v.dealerId(), v.spec().modelCode(), v.spec().trimCode(), v.spec().exteriorColourCode(),
				v.spec().interiorColourCode(), v.status(), v.inTransit(), v.eta(), v.arrivedAt(),
				calendar.daysInStock(v), calendar.ageing(v), v.orderId(), v.factoryOrderId(), v.allocatedAt(),
				v.deliveredAt(), v.registeredAt(), v.version());
	}

	/** Whether an in-transit car is past its ETA (China date). */
	public boolean overdue(LocalDate today) {
		return this.inTransit && this.eta != null && this.eta.isBefore(today);
	}

}
