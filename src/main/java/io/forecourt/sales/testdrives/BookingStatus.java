package io.forecourt.sales.testdrives;

/** Where a test-drive booking stands; COMPLETED, CANCELLED and NO_SHOW are final. */
public enum BookingStatus {

	/** Car and consultant held for the slot; the customer is expected. */
	BOOKED,

	/** The customer arrived and is driving (or about to). */
	CHECKED_IN,

	/** Driven, with the consultant's feedback. */
	COMPLETED,

	/** Cancelled before the drive; the slot was freed. */
	CANCELLED,

	/** The customer never came. */
	NO_SHOW

}
