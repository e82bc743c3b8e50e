package io.forecourt.presale;

import java.time.Instant;
import java.util.UUID;

/**
 * A reservation's payment window passed unpaid: its unit went back to the quota at the
 * deadline. Published by whichever transaction first acts on it (the expiry job, a
 * participant whose claim took the unit, or the person's own next attempt).
 */
public record PresaleReservationExpired(UUID reservationId, UUID campaignId, String campaignCode, Instant expiresAt,
		Instant recordedAt) {
}
