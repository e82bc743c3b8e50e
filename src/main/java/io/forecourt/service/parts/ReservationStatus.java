package io.forecourt.service.parts;

/** Where a repair order's hold on a part stands. */
public enum ReservationStatus {

	/** Held: counted in the dealer's reserved, not available to others. */
	RESERVED,

	/** Given back: available again. */
	RELEASED,

	/** Fitted at the repair order's completion: gone from the dealer's stock. */
	CONSUMED

}
