package io.forecourt.sales.payments.simulated;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.payments.OpenedPayment;
import io.forecourt.sales.payments.PaymentOrder;
import io.forecourt.sales.payments.PaymentProvider;
import io.forecourt.sales.payments.PaymentProviderException;
import io.forecourt.sales.payments.ProviderCallback;
import io.forecourt.sales.payments.ProviderNotification;
import io.forecourt.sales.payments.RefundOrder;
import io.forecourt.sales.payments.RequestedRefund;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The simulated provider, seen from our side: it opens a checkout session with an
 * unguessable link, queues a signed refund callback when asked for a refund, and verifies
 * its own callbacks exactly as a WeChat Pay adapter verifies WeChat's. The payer decides
 * on the checkout page ({@link SimulatedPayer}).
 */
@Component
@ConditionalOnBooleanProperty(name = "forecourt.payments.simulated.enabled", matchIfMissing = true)
public class SimulatedPaymentProvider implements PaymentProvider {

	public static final String CODE = "simulated";

	static final String CHECKOUT_PATH = "/checkout/simulated/";

	private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");

	private static final SecureRandom random = new SecureRandom();

	private final SimulatedCheckouts checkouts;

	private final SimulatedCallbackQueue queue;

	private final SimulatedProviderProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	SimulatedPaymentProvider(SimulatedCheckouts checkouts, SimulatedCallbackQueue queue,
			SimulatedProviderProperties properties, JsonMapper json, Clock clock) {
		this.checkouts = checkouts;
		this.queue = queue;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public OpenedPayment open(PaymentOrder order) {
		SimulatedCheckout checkout = new SimulatedCheckout(token(), "sim_pay_" + hex(12), order.paymentId(),
				order.amount(), order.description(), SimulatedCheckout.Status.OPEN, this.clock.instant(), null);
		this.checkouts.insert(checkout);
		// opened before for this payment (a retry): the first session stands
		SimulatedCheckout session = this.checkouts.findByPayment(order.paymentId()).orElseThrow();
		return new OpenedPayment(session.providerReference(),
				this.properties.checkoutBaseUrl() + CHECKOUT_PATH + session.token());
	}

	@Override
	public RequestedRefund refund(RefundOrder order) {
		String reference = "sim_ref_" + hex(12);
		boolean refused = random.nextDouble() < this.properties.refundFailureRate();
		ProviderNotification.Kind kind = refused ? ProviderNotification.Kind.REFUND_FAILED
				: ProviderNotification.Kind.REFUND_SUCCEEDED;
		Instant now = this.clock.instant();
		SimulatedEvent event = new SimulatedEvent(eventId(), kind.name(), order.paymentId(), order.refundId(),
				reference, order.amount().toPlainString(), now.toString(),
				refused ? "simulated bank refused the refund" : null);
		this.queue.enqueue(event.eventId(), kind.name(), this.json.writeValueAsString(event),
				now.plus(this.properties.callbackDelay()), now);
		return new RequestedRefund(reference);
	}

	@Override
	public ProviderNotification verify(ProviderCallback callback) {
		String timestamp = required(callback.header(SimulatedSignature.TIMESTAMP_HEADER),
				SimulatedSignature.TIMESTAMP_HEADER);
		String signature = required(callback.header(SimulatedSignature.SIGNATURE_HEADER),
				SimulatedSignature.SIGNATURE_HEADER);
		if (!TIMESTAMP.matcher(timestamp).matches()) {
			throw unauthenticated(
					SimulatedSignature.TIMESTAMP_HEADER + " must be the time of signing in epoch seconds");
		}
		long drift = Long.parseLong(timestamp) - this.clock.instant().getEpochSecond();
		long window = this.properties.replayWindow().toSeconds();
		if (Math.abs(drift) > window) {
			throw unauthenticated("The callback is stale or from the future: signed " + -drift
					+ " s from now, more than the " + window + " s allowed");
		}
		if (!SimulatedSignature.matches(signature, this.properties.secret(), timestamp, callback.body())) {
			throw unauthenticated("The signature does not match: " + SimulatedSignature.SIGNATURE_HEADER
					+ " must be sha256=<hex of HMAC-SHA256(secret, timestamp + \".\" + body)>");
		}
		return notification(callback.body());
	}

	@Override
	public ProviderNotification query(UUID paymentId) {
		SimulatedCheckout checkout = this.checkouts.findByPayment(paymentId)
			.orElseThrow(() -> new PaymentProviderException("The simulated provider has no payment " + paymentId));
		ProviderNotification.Kind kind = switch (checkout.status()) {
			case OPEN -> ProviderNotification.Kind.PAYMENT_PENDING;
			case PAID -> ProviderNotification.Kind.PAYMENT_SUCCEEDED;
			case DECLINED, CLOSED -> ProviderNotification.Kind.PAYMENT_FAILED;
		};
		String reason = switch (checkout.status()) {
			case DECLINED -> "declined";
			case CLOSED -> "closed unpaid";
			default -> null;
		};
		Instant at = checkout.decidedAt() == null ? this.clock.instant() : checkout.decidedAt();
		// the id names the state, so asking again about an unchanged payment is a repeat
		return new ProviderNotification("sim_query_" + paymentId + "_" + checkout.status(), kind, paymentId, null,
				checkout.amount(), at, reason);
	}

	@Override
	public ProviderNotification close(UUID paymentId) {
		this.checkouts.findByPayment(paymentId)
			.ifPresent(checkout -> this.checkouts.decide(checkout.token(), SimulatedCheckout.Status.CLOSED,
					this.clock.instant()));
		return query(paymentId);
	}

	/** A callback about a payment, as the provider would send it now. */
	SimulatedEvent paymentEvent(SimulatedCheckout checkout, ProviderNotification.Kind kind, @Nullable String reason) {
		return new SimulatedEvent(eventId(), kind.name(), checkout.paymentId(), null, checkout.providerReference(),
				checkout.amount().toPlainString(), this.clock.instant().toString(), reason);
	}

	/** A callback about a refund, as the provider would send it now. */
	SimulatedEvent refundEvent(UUID paymentId, UUID refundId, BigDecimal amount, ProviderNotification.Kind kind) {
		return new SimulatedEvent(eventId(), kind.name(), paymentId, refundId, "sim_ref_" + hex(12),
				amount.toPlainString(), this.clock.instant().toString(),
				kind == ProviderNotification.Kind.REFUND_FAILED ? "simulated bank refused the refund" : null);
	}

	/** Signs a body now, as the provider does when it sends a callback. */
	SignedCallback sign(String body) {
		return signAt(body, this.clock.instant());
	}

	SignedCallback signAt(String body, Instant at) {
		String timestamp = String.valueOf(at.getEpochSecond());
		String signature = SimulatedSignature.sign(this.properties.secret(), timestamp,
				body.getBytes(StandardCharsets.UTF_8));
		return new SignedCallback(SignedCallback.PATH, java.util.Map.of(SimulatedSignature.TIMESTAMP_HEADER, timestamp,
				SimulatedSignature.SIGNATURE_HEADER, signature, "Content-Type", "application/json"), body);
	}

	String write(SimulatedEvent event) {
		return this.json.writeValueAsString(event);
	}

	private ProviderNotification notification(byte[] body) {
		try {
			SimulatedEvent event = this.json.readValue(body, SimulatedEvent.class);
			return new ProviderNotification(event.eventId(), ProviderNotification.Kind.valueOf(event.type()),
					event.paymentId(), event.refundId(), new BigDecimal(event.amount()),
					Instant.parse(event.occurredAt()), event.reason());
		}
		catch (JacksonException | IllegalArgumentException | DateTimeException | NullPointerException ex) {
			throw new ProblemException(ProblemType.MALFORMED_REQUEST,
					"The callback body is not a simulated provider event: " + ex.getMessage());
		}
	}

	private static String required(@Nullable String header, String name) {
		if (header == null || header.isBlank()) {
			throw unauthenticated("Unsigned callback: the " + name + " header is missing");
		}
		return header.strip();
	}

	private static ProblemException unauthenticated(String detail) {
		return new ProblemException(ProblemType.UNAUTHENTICATED, detail);
	}

	private static String token() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String eventId() {
		return "sim_evt_" + hex(16);
	}

	private static String hex(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return HexFormat.of().formatHex(value);
	}

}
