package io.forecourt.service.workshop;

/** What a bay is equipped for; a service type needs a bay of its kind. */
public enum BayKind {

	/** A lift for maintenance and mechanical repairs. */
	GENERAL,

	/** Tyre changer and wheel balancer, alignment. */
	TYRE,

	/** Insulated, with high-voltage battery equipment: battery checks and EV repairs. */
	EV,

	/** Washing and detailing. */
	WASH

}
