package io.forecourt.sales.catalog;

import io.forecourt.sales.PriceLineKind;
import org.jspecify.annotations.Nullable;

/** What a catalog item is; every item's code is unique across all kinds. */
public enum ChoiceKind {

	MODEL, TRIM, EXTERIOR_COLOUR, INTERIOR_COLOUR, PACKAGE, ACCESSORY;

	/** The kind of price line a chosen item makes; a model is priced through its trim. */
	public @Nullable PriceLineKind lineKind() {
		return switch (this) {
			case MODEL -> null;
			case TRIM -> PriceLineKind.TRIM;
			case EXTERIOR_COLOUR -> PriceLineKind.EXTERIOR_COLOUR;
			case INTERIOR_COLOUR -> PriceLineKind.INTERIOR_COLOUR;
			case PACKAGE -> PriceLineKind.PACKAGE;
			case ACCESSORY -> PriceLineKind.ACCESSORY;
		};
	}

	/** Colours, packages and accessories: what the options API manages. */
	public boolean option() {
		return this != MODEL && this != TRIM;
	}

	public boolean colour() {
		return this == EXTERIOR_COLOUR || this == INTERIOR_COLOUR;
	}

}
