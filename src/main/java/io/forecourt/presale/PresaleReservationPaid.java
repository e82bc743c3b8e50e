package io.forecourt.presale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A reservation's deposit was paid in time: its unit is sold for good and a sales order
 * is placed for it (see {@link PresaleOrderPlaced}). Published with the change.
 */
@Externalized("forecourt.events::presale.reservation.paid")
public record PresaleReservationPaid(UUID reservationId, UUID campaignId, String campaignCode, UUID paymentId,
		BigDecimal amount, Instant paidAt) {
}
