package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.forecourt.sales.Powertrain;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purchase tax arithmetic of one rule, at and around the caps of 财政部 税务总局
 * 工业和信息化部公告2023年第10号 (关于延续和优化新能源汽车车辆购置税减免政策的公告): new-energy passenger cars bought
 * 2024-01-01..2025-12-31 are exempt, with at most 30,000 yuan of tax spared per car;
 * bought 2026-01-01..2027-12-31 they pay half, with at most 15,000 yuan spared. The tax
 * is 10% of the price without 13% VAT. Which rule is in force on which day is the API
 * test's business (FinanceCalculationApiTests).
 */
class PurchaseTaxCalculationTests {

	private static PurchaseTaxRule rule(NevRelief relief, @Nullable String cap) {
		return new PurchaseTaxRule(UUID.randomUUID(), new ValidityPeriod(LocalDate.of(2024, 1, 1), null),
				BigDecimal.TEN, new BigDecimal("13"), relief, cap == null ? null : new BigDecimal(cap), "test", 0,
				Instant.EPOCH);
	}

	private static PurchaseTax tax(PurchaseTaxRule rule, String invoice, Powertrain powertrain) {
		return PurchaseTaxCalculation.apply(rule, new BigDecimal(invoice), powertrain);
	}

	@Test
	void theTaxableIsTheInvoiceWithoutVatRoundedToTheFen() {
		PurchaseTax tax = tax(rule(NevRelief.NONE, null), "100000", Powertrain.ICE);
		// 100,000 / 1.13 = 88,495.5752… → 88,495.58; 10% = 8,849.558 → 8,849.56
		assertThat(tax.taxablePrice()).isEqualByComparingTo("88495.58");
		assertThat(tax.tax()).isEqualByComparingTo("8849.56");
		assertThat(tax.explanation()).contains("88495.58", "8849.56");
	}

	@Test
	void theExemptionIsTheWholeTaxUpToThirtyThousand() {
		PurchaseTaxRule exempt = rule(NevRelief.EXEMPT, "30000");
		assertThat(tax(exempt, "339000", Powertrain.BEV)).satisfies(t -> {
			assertThat(t.relief()).isEqualByComparingTo("30000");
			assertThat(t.capApplied()).isFalse();
			assertThat(t.tax()).isEqualByComparingTo("0");
		});
		// One fen of tax over: 300,000.10 taxable → 30,000.01 tax → 0.01 paid.
		assertThat(tax(exempt, "339000.11", Powertrain.PHEV)).satisfies(t -> {
			assertThat(t.fullTax()).isEqualByComparingTo("30000.01");
			assertThat(t.capApplied()).isTrue();
			assertThat(t.tax()).isEqualByComparingTo("0.01");
		});
		assertThat(tax(exempt, "339000", Powertrain.HEV).tax()).isEqualByComparingTo("30000");
	}

	@Test
	void theHalfIsSparedUpToFifteenThousand() {
		PurchaseTaxRule half = rule(NevRelief.HALF, "15000");
		assertThat(tax(half, "339000", Powertrain.BEV)).satisfies(t -> {
			assertThat(t.relief()).isEqualByComparingTo("15000");
			assertThat(t.capApplied()).isFalse();
			assertThat(t.tax()).isEqualByComparingTo("15000");
		});
		assertThat(tax(half, "339000.23", Powertrain.BEV)).satisfies(t -> {
			// 300,000.20 → 30,000.02; half 15,000.01 is one fen over the cap.
			assertThat(t.fullTax()).isEqualByComparingTo("30000.02");
			assertThat(t.capApplied()).isTrue();
			assertThat(t.tax()).isEqualByComparingTo("15000.02");
		});
		// An odd fen of tax: half of 0.03 is 0.015, spared rounded half up to 0.02.
		assertThat(tax(half, "0.34", Powertrain.FCEV)).satisfies(t -> {
			assertThat(t.fullTax()).isEqualByComparingTo("0.03");
			assertThat(t.relief()).isEqualByComparingTo("0.02");
			assertThat(t.tax()).isEqualByComparingTo("0.01");
		});
	}

	@Test
	void anUncappedExemptionSparesEverything() {
		assertThat(tax(rule(NevRelief.EXEMPT, null), "1130000", Powertrain.BEV)).satisfies(t -> {
			assertThat(t.relief()).isEqualByComparingTo("100000");
			assertThat(t.tax()).isEqualByComparingTo("0");
			assertThat(t.reliefCap()).isNull();
		});
	}

}
