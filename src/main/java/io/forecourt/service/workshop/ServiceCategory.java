package io.forecourt.service.workshop;

/** The kinds of workshop work the service types fall into. */
public enum ServiceCategory {

	/** Routine maintenance by interval (km and/or months). */
	MAINTENANCE,

	REPAIR,

	TYRE,

	/** A new-energy vehicle's high-voltage battery check. */
	BATTERY_CHECK,

	/** Pre-delivery inspection of a new car. */
	PDI,

	/** Work of a recall campaign. */
	RECALL

}
