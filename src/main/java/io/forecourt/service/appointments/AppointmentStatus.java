package io.forecourt.service.appointments;

/** Where an appointment stands; CANCELLED and NO_SHOW are final and free the slot. */
public enum AppointmentStatus {

	/** A bay and a technician are held; the owner is expected. */
	BOOKED,

	/**
	 * The owner arrived with the vehicle; the bay and technician stay held (a repair
	 * order takes over from here).
	 */
	CHECKED_IN,

	/** Cancelled before the visit; the slot was freed. */
	CANCELLED,

	/** The owner never came; the slot was freed. */
	NO_SHOW

}
