package io.forecourt.presale.reservations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored reservation.
 *
 * @param unitSlot the unit it holds while live, null once expired
 * @param tokenSlot the capped configuration's token it holds while live, null without a
 * cap or once expired
 * @param personKey keyed hash of the phone
 * @param personSeq which of the person's slots (1 to the campaign's limit) it takes while
 * live
 */
public record Reservation(UUID id, UUID campaignId, ReservationStatus status, @Nullable Integer unitSlot,
		@Nullable String configurationCode, @Nullable Integer tokenSlot, String personKey, @Nullable Integer personSeq,
		@Nullable String idNumberKey, @Nullable Integer idNumberSeq, String phone, @Nullable String name,
		@Nullable String cityCode, @Nullable UUID dealerId, boolean consentMarketing, BigDecimal deposit,
		Instant reservedAt, Instant expiresAt, @Nullable UUID paymentId, @Nullable Instant paidAt,
		@Nullable UUID orderId, @Nullable String orderProblem, @Nullable String orderProgressPath,
		@Nullable Instant endedAt, @Nullable UUID refundedPaymentId) {

	/** Whether its deadline has passed unpaid (it may not be marked EXPIRED yet). */
	public boolean dueAt(Instant now) {
		return this.status == ReservationStatus.RESERVED && !this.expiresAt.isAfter(now);
	}

	/** Whether it holds its unit at this moment. */
	public boolean holdsAt(Instant now) {
		return this.status == ReservationStatus.PAID
				|| (this.status == ReservationStatus.RESERVED && this.expiresAt.isAfter(now));
	}

}
