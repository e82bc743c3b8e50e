package io.forecourt.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A valid configuration as it was priced when it was made: what quotes, orders and
 * presales take their prices from, so the customer pays what they were shown even after a
 * price list changes.
 *
 * @param code the short shareable code of the configuration
 * @param nameZh the model and trim, e.g. {@code 华夏 E5 长续航版}
 * @param lines one per priced choice, the trim first
 * @param msrpTotal the sum of the lines' MSRPs
 * @param dealerPriceTotal the sum of the lines' dealer prices
 * @param pricedOn the date (China time) whose price list priced it
 */
public record PricedConfiguration(String code, String modelCode, String trimCode, String exteriorColourCode,
		String interiorColourCode, String nameZh, String nameEn, Powertrain powertrain, List<PriceLine> lines,
		BigDecimal msrpTotal, BigDecimal dealerPriceTotal, LocalDate pricedOn, Instant createdAt) {

	public PricedConfiguration {
		lines = List.copyOf(lines);
	}

	/** Whether the car is a new-energy vehicle (purchase-tax relief applies). */
	public boolean newEnergy() {
		return this.powertrain.newEnergy();
	}

}
