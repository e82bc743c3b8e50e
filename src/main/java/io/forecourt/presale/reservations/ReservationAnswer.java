package io.forecourt.presale.reservations;

import io.forecourt.kernel.web.ProblemException;

/**
 * The desk's answer to a reservation attempt. Refusals are answers, not exceptions: most
 * attempts of a launch are refused, and an exception thrown through the desk's security
 * proxy is wrapped and filled with a stack trace on the way (3% of an attempt's cost,
 * measured).
 */
public sealed interface ReservationAnswer {

	/** A unit is held for the participant until the reservation's deadline. */
	record Reserved(ReservationView reservation) implements ReservationAnswer {
	}

	/**
	 * Not reserved, and why: validation, not-found, rate-limited, presale-rejected,
	 * presale-not-open, presale-closed, presale-region-not-allowed, presale-sold-out,
	 * presale-limit-reached or presale-try-again (nothing decided).
	 */
	record Refused(ProblemException problem) implements ReservationAnswer {
	}

}
