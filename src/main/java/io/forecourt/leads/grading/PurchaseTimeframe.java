package io.forecourt.leads.grading;

/** When the person says they will buy. */
public enum PurchaseTimeframe {

	WITHIN_7_DAYS, WITHIN_15_DAYS, WITHIN_30_DAYS, LATER, UNKNOWN

}
