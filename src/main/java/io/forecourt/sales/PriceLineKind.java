package io.forecourt.sales;

/** What a line of a priced configuration is for. */
public enum PriceLineKind {

	/** The trim's base price: model and trim together. */
	TRIM, EXTERIOR_COLOUR, INTERIOR_COLOUR, PACKAGE, ACCESSORY

}
