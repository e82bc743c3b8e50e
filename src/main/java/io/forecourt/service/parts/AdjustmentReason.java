package io.forecourt.service.parts;

/** Why a stocktake found a different quantity from the books. */
public enum AdjustmentReason {

	/** A periodic or spot count, nothing more known. */
	STOCKTAKE,

	DAMAGED,

	LOST,

	/** Parts found that the books did not have. */
	FOUND,

	RETURNED_TO_SUPPLIER,

	/** An earlier booking was wrong (the note says which). */
	CORRECTION

}
