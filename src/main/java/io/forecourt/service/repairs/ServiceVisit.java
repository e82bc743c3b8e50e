package io.forecourt.service.repairs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a vehicle's service history: a delivered repair order.
 *
 * @param date the dealer's local day of delivery
 * @param work one description per approved line
 */
public record ServiceVisit(UUID repairOrderId, @Nullable String vin, @Nullable String plate, UUID dealerId,
		LocalDate date, @Nullable Integer mileageKm, List<String> work, BigDecimal total, Instant deliveredAt) {

	public ServiceVisit {
		work = List.copyOf(work);
	}

}
