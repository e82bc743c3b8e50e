package io.forecourt.sales.quotes;

/**
 * Where a quote stands. Whether it has expired is not a status: it follows from its
 * validity and the clock.
 */
public enum QuoteStatus {

	/** Given to the customer: valid until its date. */
	ISSUED,

	/** The discount is above the dealer's limit: the dealer manager decides. */
	PENDING_APPROVAL,

	/** The manager refused the discount; the consultant makes a new quote. */
	REJECTED,

	/**
	 * An order was placed from it, at its invoice price: it is not ordered again (its
	 * {@code orderId} names the order).
	 */
	ORDERED

}
