package io.forecourt.sales.payments.simulated;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.payments.ProviderNotification;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payer at the simulated checkout: pays (which the simulated bank may decline, at the
 * configured failure rate) or declines. The decision is taken once; the callback telling
 * us is queued with it, due after the configured delay.
 */
@Service
@ConditionalOnBooleanProperty(name = "forecourt.payments.simulated.enabled", matchIfMissing = true)
public class SimulatedPayer {

	private static final SecureRandom random = new SecureRandom();

	private final SimulatedCheckouts checkouts;

	private final SimulatedCallbackQueue queue;

	private final SimulatedPaymentProvider provider;

	private final SimulatedProviderProperties properties;

	private final Clock clock;

	/** A failure rate tests set for a while instead of the configured one. */
	private volatile @Nullable Double failureRateOverride;

	SimulatedPayer(SimulatedCheckouts checkouts, SimulatedCallbackQueue queue, SimulatedPaymentProvider provider,
			SimulatedProviderProperties properties, Clock clock) {
		this.checkouts = checkouts;
		this.queue = queue;
		this.provider = provider;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<SimulatedCheckout> find(String token) {
		return this.checkouts.find(token);
	}

	/** The payer clicks "Pay"; a second click changes nothing. */
	@Transactional
	public SimulatedCheckout pay(String token) {
		Double override = this.failureRateOverride;
		double rate = override != null ? override : this.properties.failureRate();
		boolean declinedByBank = random.nextDouble() < rate;
		return decide(token, declinedByBank ? SimulatedCheckout.Status.DECLINED : SimulatedCheckout.Status.PAID,
				declinedByBank ? "simulated bank declined the card" : null);
	}

	/** The payer clicks "Decline"; a second click changes nothing. */
	@Transactional
	public SimulatedCheckout decline(String token) {
		return decide(token, SimulatedCheckout.Status.DECLINED, "payer declined");
	}

	/** Overrides the configured failure rate on this instance; null restores it. */
	void overrideFailureRate(@Nullable Double rate) {
		this.failureRateOverride = rate;
	}

	private SimulatedCheckout decide(String token, SimulatedCheckout.Status status, @Nullable String reason) {
		SimulatedCheckout checkout = this.checkouts.find(token)
			.orElseThrow(() -> ProblemException.notFound("Checkout", "session"));
		Instant now = this.clock.instant();
		if (this.checkouts.decide(token, status, now)) {
			ProviderNotification.Kind kind = status == SimulatedCheckout.Status.PAID
					? ProviderNotification.Kind.PAYMENT_SUCCEEDED : ProviderNotification.Kind.PAYMENT_FAILED;
			SimulatedEvent event = this.provider.paymentEvent(checkout, kind, reason);
			this.queue.enqueue(event.eventId(), kind.name(), this.provider.write(event),
					now.plus(this.properties.callbackDelay()), now);
		}
		return this.checkouts.find(token).orElseThrow();
	}

}
