package io.forecourt.presale.reservations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.presale.campaigns.Campaign;
import org.jspecify.annotations.Nullable;

/**
 * A reservation as the brand app and HQ see it.
 *
 * @param status as of the answer: an unpaid reservation past its deadline is EXPIRED even
 * before the expiry job has marked it
 * @param expiresAt the deadline for the deposit
 * @param orderProgressPath the buyer's order progress page once the order is placed
 * @param refundedPaymentId a deposit paid too late (or twice), refunded in full
 */
public record ReservationView(UUID reservationId, String campaignCode, ReservationStatus status,
		@Nullable String configurationCode, BigDecimal deposit, Instant reservedAt, Instant expiresAt,
		@Nullable UUID dealerId, @Nullable UUID paymentId, @Nullable Instant paidAt, @Nullable UUID orderId,
		@Nullable String orderProgressPath, @Nullable Instant endedAt, @Nullable UUID refundedPaymentId) {

	static ReservationView of(Reservation r, Campaign campaign, Instant now) {
		ReservationStatus status = r.dueAt(now) ? ReservationStatus.EXPIRED : r.status();
		return new ReservationView(r.id(), campaign.code(), status, r.configurationCode(), r.deposit(), r.reservedAt(),
				r.expiresAt(), r.dealerId(), r.paymentId(), r.paidAt(), r.orderId(), r.orderProgressPath(),
				r.endedAt() != null ? r.endedAt() : status == ReservationStatus.EXPIRED ? r.expiresAt() : null,
				r.refundedPaymentId());
	}

}
