package io.forecourt.sales.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.forecourt.kernel.vehicle.Vin;
import org.jspecify.annotations.Nullable;

/**
 * One car of the network's stock, as stored. Changes go through {@link StockVehicles}'
 * conditional updates, which check the status a change starts from, so two instances can
 * never move one car two ways.
 *
 * @param eta expected arrival while in transit
 * @param arrivedAt null while in transit
 * @param orderId set while allocated or delivered
 */
public record StockVehicle(UUID id, Vin vin, UUID dealerId, VehicleSpec spec, @Nullable Integer modelYear,
		StockStatus status, @Nullable LocalDate eta, @Nullable Instant arrivedAt, @Nullable UUID orderId,
		@Nullable UUID factoryOrderId, @Nullable Instant allocatedAt, @Nullable Instant deliveredAt,
		Instant registeredAt, long version) {

	public boolean inTransit() {
		return this.arrivedAt == null;
	}

	/**
	 * Whole days at the dealer by the dealer's calendar: up to today while it stands
	 * there, up to delivery once delivered; null while in transit.
	 */
	public @Nullable Long daysInStock(LocalDate today, ZoneId zone) {
		if (this.arrivedAt == null) {
			return null;
		}
		LocalDate arrived = this.arrivedAt.atZone(zone).toLocalDate();
		LocalDate until = this.deliveredAt == null ? today : this.deliveredAt.atZone(zone).toLocalDate();
		return Math.max(0, ChronoUnit.DAYS.between(arrived, until));
	}

	/** The ageing band of a car standing at the dealer; null in transit or delivered. */
	public @Nullable AgeingBucket ageing(LocalDate today, ZoneId zone) {
		Long days = daysInStock(today, zone);
		return days == null || this.status == StockStatus.DELIVERED ? null : AgeingBucket.of(days);
	}

}
