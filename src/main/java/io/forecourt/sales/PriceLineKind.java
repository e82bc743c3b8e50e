package io.forecourt.sales;

/** What a line of a priced configuration is for. */
public enum PriceLineKind {

	/** The trim's base price: model and trim together. */
	TRIM, EXTERIOR_COLOUR, INTERIOR_COLOUR, PACKAGE, ACCESSORY,

	/**
	 * A discount agreed in a quote, on an order placed from it: a negative MSRP (the
	 * dealer's price of the car does not change, so its dealer price is zero).
	 */
	DISCOUNT

}
