package io.forecourt.sales.payments.simulated;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.sales.payments.ProviderNotification;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Test controls of the simulated provider: act as the payer, take the callbacks it queued
 * (to deliver them in any order, any number of times), or make callbacks it never queued
 * (a late PENDING, a failure after a success, a stale timestamp). Deterministic: no
 * failure rate or delay applies to what these make.
 */
@Component
@ConditionalOnBooleanProperty(name = "forecourt.payments.simulated.enabled", matchIfMissing = true)
public class SimulatedProviderControls {

	private final SimulatedCheckouts checkouts;

	private final SimulatedCallbackQueue queue;

	private final SimulatedPaymentProvider provider;

	private final SimulatedPayer payer;

	private final SimulatedCallbackDelivery delivery;

	SimulatedProviderControls(SimulatedCheckouts checkouts, SimulatedCallbackQueue queue,
			SimulatedPaymentProvider provider, SimulatedPayer payer, SimulatedCallbackDelivery delivery) {
		this.checkouts = checkouts;
		this.queue = queue;
		this.provider = provider;
		this.payer = payer;
		this.delivery = delivery;
	}

	/** The checkout session of a payment opened with the simulated provider. */
	public SimulatedCheckout checkout(UUID paymentId) {
		return this.checkouts.findByPayment(paymentId)
			.orElseThrow(() -> new IllegalArgumentException("No simulated checkout for payment " + paymentId));
	}

	/** Clicks "Pay" on the payment's checkout page (subject to the failure rate). */
	public SimulatedCheckout pay(UUID paymentId) {
		return this.payer.pay(checkout(paymentId).token());
	}

	/** Clicks "Decline" on the payment's checkout page. */
	public SimulatedCheckout decline(UUID paymentId) {
		return this.payer.decline(checkout(paymentId).token());
	}

	/**
	 * The callbacks queued about a payment and its refunds that were not sent yet, oldest
	 * first, signed now; they are marked sent, so only the test delivers them.
	 */
	public List<SignedCallback> takeQueued(UUID paymentId) {
		List<SimulatedCallbackQueue.Queued> queued = this.queue.undeliveredFor(paymentId);
		queued.forEach(callback -> this.queue.delivered(callback.id(), Instant.now()));
		return queued.stream().map(callback -> this.provider.sign(callback.body())).toList();
	}

	/** A new callback (its own event id) about the payment, signed now. */
	public SignedCallback paymentCallback(UUID paymentId, ProviderNotification.Kind kind) {
		return this.provider.sign(this.provider.write(this.provider.paymentEvent(checkout(paymentId), kind,
				kind == ProviderNotification.Kind.PAYMENT_FAILED ? "simulated failure" : null)));
	}

	/** A new callback (its own event id) about a refund, signed now. */
	public SignedCallback refundCallback(UUID paymentId, UUID refundId, BigDecimal amount,
			ProviderNotification.Kind kind) {
		return this.provider.sign(this.provider.write(this.provider.refundEvent(paymentId, refundId, amount, kind)));
	}

	/** The same body signed as of another time (e.g. stale). */
	public SignedCallback signedAt(String body, Instant at) {
		return this.provider.signAt(body, at);
	}

	/**
	 * Makes the simulated bank decline this share (0 to 1) of "Pay" clicks on this
	 * instance, instead of {@code forecourt.payments.simulated.failure-rate}; null
	 * restores the configured rate.
	 */
	public void overrideFailureRate(@Nullable Double rate) {
		this.payer.overrideFailureRate(rate);
	}

	/** Sends the due callbacks over HTTP now, as the scheduled job does. */
	public int deliverDue() {
		return this.delivery.deliver();
	}

}
