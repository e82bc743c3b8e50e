package io.forecourt.sales.testdrives;

/** Whether a test-drive car can be booked. */
public enum CarStatus {

	/** In the fleet and bookable. */
	ACTIVE,

	/** In the workshop (service, repair, cleaning): not bookable until active again. */
	MAINTENANCE,

	/** Left the fleet (sold as a used car, returned): kept for the bookings' history. */
	RETIRED

}
