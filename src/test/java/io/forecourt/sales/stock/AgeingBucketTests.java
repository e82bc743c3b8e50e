package io.forecourt.sales.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.forecourt.kernel.vehicle.Vin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Days in stock count the dealer's calendar days, and fall in the bands managers watch.
 */
class AgeingBucketTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Test
	void bandsCoverEveryDayOnce() {
		assertThat(AgeingBucket.of(0)).isEqualTo(AgeingBucket.DAYS_0_30);
		assertThat(AgeingBucket.of(30)).isEqualTo(AgeingBucket.DAYS_0_30);
		assertThat(AgeingBucket.of(31)).isEqualTo(AgeingBucket.DAYS_31_60);
		assertThat(AgeingBucket.of(60)).isEqualTo(AgeingBucket.DAYS_31_60);
		assertThat(AgeingBucket.of(61)).isEqualTo(AgeingBucket.DAYS_61_90);
		assertThat(AgeingBucket.of(90)).isEqualTo(AgeingBucket.DAYS_61_90);
		assertThat(AgeingBucket.of(91)).isEqualTo(AgeingBucket.DAYS_OVER_90);
		assertThat(AgeingBucket.of(400)).isEqualTo(AgeingBucket.DAYS_OVER_90);
	}

	@Test
	void aCarThatArrivedLateInTheEveningIsADayOldNextMorningInChina() {
		// 23:30 China time on 1 March is 15:30 UTC
		StockVehicle car = arrived(Instant.parse("2026-03-01T15:30:00Z"));
		assertThat(car.daysInStock(LocalDate.of(2026, 3, 1), CHINA)).isZero();
		assertThat(car.daysInStock(LocalDate.of(2026, 3, 2), CHINA)).isEqualTo(1);
		assertThat(car.ageing(LocalDate.of(2026, 6, 1), CHINA)).isEqualTo(AgeingBucket.DAYS_OVER_90);
		assertThat(inTransit().daysInStock(LocalDate.of(2026, 3, 2), CHINA)).isNull();
		assertThat(inTransit().ageing(LocalDate.of(2026, 3, 2), CHINA)).isNull();
	}

	private static StockVehicle arrived(Instant at) {
		return new StockVehicle(UUID.randomUUID(), Vin.withCheckDigit("LHXE5B2E0TH100001"), UUID.randomUUID(),
				new VehicleSpec("E5", "E5-LR", "PEARL-WHITE", "INT-BLACK"), 2026, StockStatus.IN_STOCK, null, at, null,
				null, null, null, at, 0);
	}

	private static StockVehicle inTransit() {
		return new StockVehicle(UUID.randomUUID(), Vin.withCheckDigit("LHXE5B2E0TH100002"), UUID.randomUUID(),
				new VehicleSpec("E5", "E5-LR", "PEARL-WHITE", "INT-BLACK"), 2026, StockStatus.IN_TRANSIT,
				LocalDate.of(2026, 3, 5), null, null, null, null, null, Instant.parse("2026-03-01T00:00:00Z"), 0);
	}

}
