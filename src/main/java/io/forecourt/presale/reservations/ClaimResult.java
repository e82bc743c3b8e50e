package io.forecourt.presale.reservations;

import org.jspecify.annotations.Nullable;

/** What a claim transaction decided. */
sealed interface ClaimResult {

	record Reserved(Reservation reservation) implements ClaimResult {
	}

	/**
	 * @param configurationCode the capped configuration whose tokens ran out, null when
	 * the campaign's units did
	 */
	record SoldOut(@Nullable String configurationCode) implements ClaimResult {
	}

	record LimitReached() implements ClaimResult {
	}

	/** A rare race the claim could not settle; nothing was written. */
	record Contended() implements ClaimResult {
	}

}
