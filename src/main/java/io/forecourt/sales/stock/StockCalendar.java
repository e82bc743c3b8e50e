package io.forecourt.sales.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dealers' calendar for stock ageing: days in stock count calendar days in China time
 * from the application {@link Clock}, so a car that arrived at 23:00 is a day old the
 * next morning, as a dealer counts it.
 */
@Component
public class StockCalendar {

	private final Clock clock;

	private final ZoneId zone;

	StockCalendar(Clock clock, @Value("${forecourt.sales.stock.zone:Asia/Shanghai}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * Now, to the microsecond: what the database keeps of a timestamp, so a value
	 * returned equals the one read back later.
	 */
	public Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

	public @Nullable Long daysInStock(StockVehicle vehicle) {
		return vehicle.daysInStock(today(), this.zone);
	}

	public @Nullable AgeingBucket ageing(StockVehicle vehicle) {
		return vehicle.ageing(today(), this.zone);
	}

	/**
	 * The arrival instants of cars that are {@code minDays} to {@code maxDays} days in
	 * stock today: {@code from <= arrived_at < until}, from null when open-ended.
	 */
	public ArrivalWindow arrivedBetweenDays(int minDays, @Nullable Integer maxDays) {
		LocalDate today = today();
		Instant until = today.minusDays(minDays - 1L).atStartOfDay(this.zone).toInstant();
		Instant from = maxDays == null ? null : today.minusDays(maxDays).atStartOfDay(this.zone).toInstant();
		return new ArrivalWindow(from, until);
	}

	public record ArrivalWindow(@Nullable Instant from, Instant until) {
	}

}
