package io.forecourt.sales.stock;

/** Where a car is in its life at the dealer network. */
public enum StockStatus {

	/** On its way to the dealer, free for any order. */
	IN_TRANSIT,

	/** At the dealer, free for any order. */
	IN_STOCK,

	/** An order's car, at the dealer or still on its way. */
	ALLOCATED,

	/** Handed over to its buyer. */
	DELIVERED,

	/** The dealer's demonstrator or test-drive car: at the dealer, not for sale. */
	DEMO;

	/** Whether an order may take a car in this status. */
	public boolean free() {
		return this == IN_TRANSIT || this == IN_STOCK;
	}

}
