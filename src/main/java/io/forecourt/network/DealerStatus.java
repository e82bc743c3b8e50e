package io.forecourt.network;

/** Whether a dealer takes leads, test drives and service bookings. */
public enum DealerStatus {

	ACTIVE, SUSPENDED

}
