package io.forecourt.presale.reservations;

import java.time.Instant;
import java.util.UUID;

import io.forecourt.presale.PresaleReservationExpired;
import io.forecourt.presale.campaigns.Campaign;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends unpaid reservations whose deadline has passed, in the caller's transaction. Their
 * rows were free from the deadline on (a claim may already have taken them); this frees
 * them for the dashboard, and frees the person's slot.
 * <p>
 * Locks are always taken in one order, unit row, then token row, then reservation row, as
 * the payment listener does, and claims never wait for a unit or token row at all, so
 * none of them can wait for each other in a circle.
 */
@Component
class ReservationExpiry {

	private final UnitClaims claims;

	private final Reservations reservations;

	private final ApplicationEventPublisher events;

	ReservationExpiry(UnitClaims claims, Reservations reservations, ApplicationEventPublisher events) {
		this.claims = claims;
		this.reservations = reservations;
		this.events = events;
	}

	/**
	 * @return whether this call ended it (false when it was paid or ended meanwhile)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean expire(Campaign campaign, Reservation reservation, Instant now) {
		if (!reservation.dueAt(now)) {
			return false;
		}
		Integer unit = reservation.unitSlot();
		if (unit != null) {
			releaseIfLapsed(campaign.id(), null, unit, reservation.id(), now);
		}
		Integer token = reservation.tokenSlot();
		if (token != null && reservation.configurationCode() != null) {
			releaseIfLapsed(campaign.id(), reservation.configurationCode(), token, reservation.id(), now);
		}
		return ended(campaign, reservation.id(), reservation.expiresAt(), now);
	}

	/**
	 * Marks a reservation whose row a claim just took over (its deadline had passed).
	 * @return whether this call ended it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean ended(Campaign campaign, UUID reservationId, Instant expiresAt, Instant now) {
		if (!this.reservations.expire(reservationId, now)) {
			return false;
		}
		this.events
			.publishEvent(new PresaleReservationExpired(reservationId, campaign.id(), campaign.code(), expiresAt, now));
		return true;
	}

	private void releaseIfLapsed(UUID campaignId, @Nullable String configurationCode, int slot, UUID reservationId,
			Instant now) {
		this.claims.lock(campaignId, configurationCode, slot).ifPresent(holder -> {
			if (holder.names(reservationId) && holder.heldUntil() != null && !holder.heldUntil().isAfter(now)) {
				this.claims.release(campaignId, configurationCode, slot, reservationId);
			}
		});
	}

}
