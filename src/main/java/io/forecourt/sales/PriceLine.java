package io.forecourt.sales;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One priced choice of a configuration, in yuan with two decimals.
 *
 * @param msrp the manufacturer's suggested retail price (厂商指导价) of the choice
 * @param dealerPrice what the dealer pays the manufacturer for it
 * @param includedIn the code of the package or trim that includes this choice at no
 * charge (both prices are then zero), or null when it is charged for itself
 */
public record PriceLine(PriceLineKind kind, String code, String nameZh, String nameEn, BigDecimal msrp,
		BigDecimal dealerPrice, @Nullable String includedIn) {
}
