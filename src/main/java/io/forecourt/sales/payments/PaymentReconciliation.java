package io.forecourt.sales.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settles payments whose callback is late or lost, as WeChat Pay and Alipay tell
 * merchants to: a payment still pending a while after it was opened is queried at its
 * provider, and one nobody paid within the payment window is closed there, so that it can
 * no longer be paid, and failed here. The provider's answer goes through the callback
 * rules (once per event id, only forward), so a callback arriving at the same time
 * changes nothing twice. One instance at a time (ShedLock).
 */
@Component
class PaymentReconciliation {

	private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

	private static final int BATCH = 100;

	private final PaymentRecords records;

	private final PaymentProviders providers;

	private final PaymentCallbacks callbacks;

	private final Clock clock;

	private final Duration callbackGrace;

	private final Duration paymentWindow;

	PaymentReconciliation(PaymentRecords records, PaymentProviders providers, PaymentCallbacks callbacks, Clock clock,
			@Value("${forecourt.payments.callback-grace:PT2M}") Duration callbackGrace,
			@Value("${forecourt.payments.payment-window:PT30M}") Duration paymentWindow) {
		this.records = records;
		this.providers = providers;
		this.callbacks = callbacks;
		this.clock = clock;
		this.callbackGrace = callbackGrace;
		this.paymentWindow = paymentWindow;
	}

	/** Queries or closes the overdue pending payments. @return how many changed */
	int reconcile() {
		Instant now = this.clock.instant();
		int changed = 0;
		for (StoredPayment payment : this.records.pendingOpenedBefore(now.minus(this.callbackGrace), BATCH)) {
			if (settle(payment, now)) {
				changed++;
			}
		}
		return changed;
	}

	private boolean settle(StoredPayment payment, Instant now) {
		PaymentProvider provider = this.providers.find(payment.provider()).orElse(null);
		if (provider == null) {
			log.warn("Pending payment {} is of provider {}, which is not configured", payment.id(), payment.provider());
			return false;
		}
		try {
			boolean overdue = payment.createdAt().plus(this.paymentWindow).isBefore(now);
			ProviderNotification answer = overdue ? provider.close(payment.id()) : provider.query(payment.id());
			if (answer.kind() == ProviderNotification.Kind.PAYMENT_PENDING) {
				return false;
			}
			PaymentCallbacks.Outcome outcome = this.callbacks.applyVerified(provider, answer);
			log.info("Pending payment {} {} at {}: {} ({})", payment.id(), overdue ? "closed" : "queried",
					provider.code(), answer.kind(), outcome);
			return outcome == PaymentCallbacks.Outcome.APPLIED;
		}
		catch (RuntimeException ex) {
			// one provider or payment failing must not stop the others; next run retries
			log.warn("Could not settle pending payment {} at {}: {}", payment.id(), provider.code(), ex.toString());
			return false;
		}
	}

}
