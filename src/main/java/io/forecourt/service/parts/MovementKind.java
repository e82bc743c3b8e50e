package io.forecourt.service.parts;

/** What moved a dealer's stock of a part, as the journal records it. */
public enum MovementKind {

	/** Goods received: on hand rises. */
	RECEIPT,

	/** A stocktake set on hand to what was counted (with a reason). */
	ADJUSTMENT,

	/** A repair order took parts: reserved rises, available falls. */
	RESERVATION,

	/** A repair order gave parts back: reserved falls. */
	RELEASE,

	/** A repair order's parts were fitted: on hand and reserved fall together. */
	CONSUMPTION

}
