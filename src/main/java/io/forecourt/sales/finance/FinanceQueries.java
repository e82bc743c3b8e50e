package io.forecourt.sales.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.forecourt.sales.Powertrain;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The calculations as the API and the console offer them to people who sell
 * ({@code SALES_READ}). Code inside the application calls {@link FinanceCalculator} and
 * {@link QuoteCosts} directly.
 */
@Service
@PreAuthorize("hasAuthority('PERM_SALES_READ')")
public class FinanceQueries {

	private final QuoteCosts costs;

	FinanceQueries(QuoteCosts costs) {
		this.costs = costs;
	}

	public FinanceSchedule schedule(FinanceRequest request) {
		return FinanceCalculator.schedule(request);
	}

	/** The purchase tax on {@code purchaseDate}, today in China when null. */
	public PurchaseTax purchaseTax(BigDecimal invoicePrice, Powertrain powertrain, @Nullable LocalDate purchaseDate) {
		return this.costs.purchaseTax(invoicePrice, powertrain,
				purchaseDate == null ? this.costs.today() : purchaseDate);
	}

}
