package io.forecourt.sales.finance;

/** How the one-off fees of a finance contract (手续费, GPS, 抵押登记...) are paid. */
public enum FeeTreatment {

	/** Paid in cash at signing, with the down payment. */
	UPFRONT,

	/** Added to the financed amount, so they bear interest. */
	FINANCED

}
