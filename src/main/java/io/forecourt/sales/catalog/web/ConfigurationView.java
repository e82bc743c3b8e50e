package io.forecourt.sales.catalog.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.forecourt.sales.PriceLine;
import io.forecourt.sales.PricedConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * A priced configuration as the API shows it. The public configurator's copy leaves the
 * dealer prices out ({@code withDealerPrices false}): they are the dealers' cost.
 *
 * @param code the share code; null for a check, which stores nothing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConfigurationView(@Nullable String code, String modelCode, String trimCode, String exteriorColourCode,
		String interiorColourCode, String nameZh, String nameEn, String powertrain, boolean newEnergy, List<Line> lines,
		BigDecimal msrpTotal, @Nullable BigDecimal dealerPriceTotal, LocalDate pricedOn, @Nullable Instant createdAt) {

	static ConfigurationView of(PricedConfiguration c, boolean withDealerPrices) {
		boolean stored = !c.code().isEmpty();
		return new ConfigurationView(stored ? c.code() : null, c.modelCode(), c.trimCode(), c.exteriorColourCode(),
				c.interiorColourCode(), c.nameZh(), c.nameEn(), c.powertrain().name(), c.newEnergy(),
				c.lines().stream().map(line -> Line.of(line, withDealerPrices)).toList(), c.msrpTotal(),
				withDealerPrices ? c.dealerPriceTotal() : null, c.pricedOn(), stored ? c.createdAt() : null);
	}

	/**
	 * @param includedIn the trim or package that includes this line at no charge
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Line(String kind, String code, String nameZh, String nameEn, BigDecimal msrp,
			@Nullable BigDecimal dealerPrice, @Nullable String includedIn) {

		static Line of(PriceLine line, boolean withDealerPrices) {
			return new Line(line.kind().name(), line.code(), line.nameZh(), line.nameEn(), line.msrp(),
					withDealerPrices ? line.dealerPrice() : null, line.includedIn());
		}

	}

}
