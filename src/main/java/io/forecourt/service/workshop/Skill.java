package io.forecourt.service.workshop;

/**
 * What a technician is qualified for; a service type needs a technician with its skill.
 */
public enum Skill {

	/** Routine maintenance: oil, filters, fluids, brakes by the schedule. */
	MAINTENANCE,

	/** Mechanical repairs: suspension, drivetrain, engine. */
	MECHANICAL,

	/** Low-voltage electrics and software updates. */
	ELECTRICAL,

	/** Certified for high-voltage batteries and drives (new-energy vehicles). */
	HIGH_VOLTAGE,

	/** Tyres, wheels and alignment. */
	TYRE,

	/** Fault diagnosis with the OEM's tools. */
	DIAGNOSTICS,

	/** Inspections: pre-delivery (PDI) and quality checks. */
	INSPECTION,

	/** Washing and detailing. */
	DETAILING

}
