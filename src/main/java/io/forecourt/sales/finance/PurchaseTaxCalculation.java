package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import io.forecourt.sales.Powertrain;
import org.jspecify.annotations.Nullable;

/** The arithmetic of one rule on one car; see {@link QuoteCosts}. */
final class PurchaseTaxCalculation {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private PurchaseTaxCalculation() {
	}

	static PurchaseTax apply(PurchaseTaxRule rule, BigDecimal invoicePrice, Powertrain powertrain) {
		BigDecimal vatFactor = BigDecimal.ONE.add(rule.vatRatePercent().divide(HUNDRED, MathContext.DECIMAL128));
		BigDecimal taxable = invoicePrice.divide(vatFactor, 2, RoundingMode.HALF_UP);
		BigDecimal fullTax = taxable.multiply(rule.taxRatePercent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
		NevRelief relief = powertrain.newEnergy() ? rule.nevRelief() : NevRelief.NONE;
		BigDecimal spared = switch (relief) {
			case NONE -> BigDecimal.ZERO.setScale(2);
			case EXEMPT -> fullTax;
			case HALF -> fullTax.divide(TWO, 2, RoundingMode.HALF_UP);
		};
		@Nullable BigDecimal cap = relief == NevRelief.NONE ? null : rule.nevReliefCap();
		boolean capApplied = cap != null && spared.compareTo(cap) > 0;
		if (capApplied) {
			spared = cap.setScale(2);
		}
		BigDecimal tax = fullTax.subtract(spared);
		return new PurchaseTax(invoicePrice, powertrain, taxable, rule.taxRatePercent(), fullTax, relief, cap,
				capApplied, spared, tax, rule.id(), rule.legalBasis(),
				explain(rule, invoicePrice, powertrain, taxable, fullTax, relief, cap, capApplied, spared, tax));
	}

	private static String explain(PurchaseTaxRule rule, BigDecimal invoice, Powertrain powertrain, BigDecimal taxable,
			BigDecimal fullTax, NevRelief relief, @Nullable BigDecimal cap, boolean capApplied, BigDecimal spared,
			BigDecimal tax) {
		StringBuilder text = new StringBuilder().append("Taxable price ")
			.append(invoice.toPlainString())
			.append(" / (1 + ")
			.append(rule.vatRatePercent().stripTrailingZeros().toPlainString())
			.append("% VAT) = ")
			.append(taxable.toPlainString())
			.append("; ")
			.append(rule.taxRatePercent().stripTrailingZeros().toPlainString())
			.append("% = ")
			.append(fullTax.toPlainString());
		if (relief != NevRelief.NONE) {
			text.append("; new-energy ")
				.append(relief == NevRelief.EXEMPT ? "exemption" : "half relief")
				.append(" ")
				.append(spared.toPlainString());
			if (cap != null) {
				text.append(capApplied ? " (capped at " : " (cap ").append(cap.toPlainString()).append(")");
			}
		}
		else if (powertrain.newEnergy()) {
			text.append("; no new-energy relief in force");
		}
		return text.append("; tax ")
			.append(tax.toPlainString())
			.append(" under ")
			.append(rule.legalBasis())
			.append(" (")
			.append(rule.validity())
			.append(")")
			.toString();
	}

}
