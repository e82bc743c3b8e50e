package io.forecourt.presale.reservations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What a claim transaction decided. */
sealed interface ClaimResult {

	record Reserved(Reservation reservation) implements ClaimResult {
	}

	/**
	 * @param configurationCode the capped configuration whose tokens ran out, null when
	 * the campaign's units did
	 * @param nextReturn when the first unpaid hold on them ends, null when all are paid
	 */
	record SoldOut(@Nullable String configurationCode, @Nullable Instant nextReturn) implements ClaimResult {
	}

	record LimitReached() implements ClaimResult {
	}

	/** A rare race the claim could not settle; nothing was written. */
	record Contended() implements ClaimResult {
	}

}
