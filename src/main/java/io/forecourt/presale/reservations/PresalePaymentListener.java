package io.forecourt.presale.reservations;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.presale.PresaleReservationPaid;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.campaigns.CampaignDirectory;
import io.forecourt.sales.PaymentSucceeded;
import io.forecourt.sales.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes a reservation's deposit in when the provider confirms it. The reservation becomes
 * PAID, and its unit (and token) sold for good, only if it still holds them and was paid
 * by its deadline: the rows are locked first (unit, token, then reservation, the order
 * every writer uses), so a claim cannot take them in between. A payment that comes too
 * late, for a reservation whose unit went back to the quota, or a second payment of a
 * paid reservation, is refunded in full with a key derived from the payment, so a
 * redelivered event asks for the refund once.
 */
@Component
class PresalePaymentListener {

	private static final Logger log = LoggerFactory.getLogger(PresalePaymentListener.class);

	private final Reservations reservations;

	private final UnitClaims claims;

	private final ReservationExpiry expiry;

	private final CampaignDirectory campaigns;

	private final Payments payments;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	PresalePaymentListener(Reservations reservations, UnitClaims claims, ReservationExpiry expiry,
			CampaignDirectory campaigns, Payments payments, ApplicationEventPublisher events, AuditLog audit,
			Clock clock) {
		this.reservations = reservations;
		this.claims = claims;
		this.expiry = expiry;
		this.campaigns = campaigns;
		this.payments = payments;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PaymentSucceeded event) {
		if (!DepositPayments.PURPOSE.equals(event.purpose())) {
			return;
		}
		CurrentAccess.asSystem(() -> settle(event));
	}

	private void settle(PaymentSucceeded event) {
		Optional<Reservation> found = this.reservations.find(event.reference());
		if (found.isEmpty()) {
			log.warn("Presale deposit {} names reservation {}, which does not exist", event.paymentId(),
					event.reference());
			return;
		}
		Reservation r = found.get();
		if (event.paymentId().equals(r.paymentId()) || event.paymentId().equals(r.refundedPaymentId())) {
			return; // a redelivery of a payment already settled
		}
		Campaign campaign = this.campaigns.byId(r.campaignId()).orElseThrow();
		Instant now = this.clock.instant();
		String why;
		if (r.status() == ReservationStatus.RESERVED) {
			boolean held = holdsUnit(r) && holdsToken(r);
			boolean inTime = !event.paidAt().isAfter(r.expiresAt());
			if (held && inTime && this.reservations.markPaid(r.id(), event.paymentId(), event.paidAt())) {
				this.claims.keep(r.campaignId(), null, r.unitSlot(), r.id());
				if (r.tokenSlot() != null) {
					this.claims.keep(r.campaignId(), r.configurationCode(), r.tokenSlot(), r.id());
				}
				this.events.publishEvent(new PresaleReservationPaid(r.id(), r.campaignId(), campaign.code(),
						event.paymentId(), event.amount(), event.paidAt()));
				this.audit.recordChange(AuditAction.UPDATE, DepositPayments.RESOURCE, r.id(),
						"deposit paid (payment " + event.paymentId() + "): unit " + r.unitSlot() + " sold");
				return;
			}
			why = held ? "paid after the deadline " + r.expiresAt()
					: "its unit went back to the quota at " + r.expiresAt();
			this.expiry.expire(campaign, r, now);
		}
		else {
			why = r.status() == ReservationStatus.PAID ? "its deposit was already paid"
					: "it expired unpaid at " + r.expiresAt();
		}
		this.payments.refund(event.paymentId(), event.amount(), "presale reservation " + r.id() + ": " + why,
				"presale-deposit-return:" + event.paymentId());
		this.reservations.markRefunded(r.id(), event.paymentId());
		this.audit.recordChange(AuditAction.UPDATE, DepositPayments.RESOURCE, r.id(),
				"deposit payment " + event.paymentId() + " refunded in full: " + why);
	}

	/** Locks the reservation's unit row and says whether it still names it. */
	private boolean holdsUnit(Reservation r) {
		Integer slot = r.unitSlot();
		return slot != null
				&& this.claims.lock(r.campaignId(), null, slot).map(holder -> holder.names(r.id())).orElse(false);
	}

	/** Locks the reservation's token row, if it has one, and says whether it names it. */
	private boolean holdsToken(Reservation r) {
		Integer slot = r.tokenSlot();
		return slot == null || this.claims.lock(r.campaignId(), r.configurationCode(), slot)
			.map(holder -> holder.names(r.id()))
			.orElse(false);
	}

}
