package io.forecourt.sales;

/** Where a payment stands; SUCCEEDED and FAILED are final. */
public enum PaymentStatus {

	/** Opened with the provider; the payer has not paid yet. */
	PENDING,

	SUCCEEDED,

	/** Declined, abandoned or expired. */
	FAILED

}
