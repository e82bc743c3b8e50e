package io.forecourt.presale.reservations;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.presale.PresaleReservationExpired;
import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Closes the deposit checkout of a reservation that expired unpaid, so the participant
 * can no longer pay for a unit that went back to the quota. It runs after the expiry has
 * committed (never on the claim's path) and is best effort: a provider that cannot be
 * reached leaves the checkout open, and a payment made there anyway is refunded in full
 * when it is confirmed ({@link PresalePaymentListener}). If the payer paid just before
 * the close, the provider says so and the same refund follows.
 */
@Component
class ExpiredDepositClosing {

	private static final Logger log = LoggerFactory.getLogger(ExpiredDepositClosing.class);

	private final Payments payments;

	ExpiredDepositClosing(Payments payments) {
		this.payments = payments;
	}

	// no transaction of its own: the provider is asked outside one, and its answer is
	// applied in the payment port's
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PresaleReservationExpired expired) {
		CurrentAccess.asSystem(() -> {
			for (PaymentView payment : this.payments.paymentsFor(DepositPayments.PURPOSE, expired.reservationId())) {
				if (payment.status() != PaymentStatus.PENDING) {
					continue;
				}
				try {
					PaymentView closed = this.payments.close(payment.id());
					log.info("Deposit payment {} of expired presale reservation {} closed: {}", payment.id(),
							expired.reservationId(), closed.status());
				}
				catch (RuntimeException ex) {
					// the late-payment refund is the safety net
					log.warn("Could not close deposit payment {} of expired presale reservation {}: {}", payment.id(),
							expired.reservationId(), ex.toString());
				}
			}
			return null;
		});
	}

}
