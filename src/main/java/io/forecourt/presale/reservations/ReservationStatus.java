package io.forecourt.presale.reservations;

/** Where a reservation stands. */
public enum ReservationStatus {

	/** Holds its unit until its deadline, waiting for the deposit. */
	RESERVED,

	/** The deposit was paid in time: the unit is sold for good. */
	PAID,

	/** The deadline passed unpaid: the unit went back to the quota. */
	EXPIRED

}
