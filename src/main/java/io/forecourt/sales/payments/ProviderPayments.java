package io.forecourt.sales.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import io.forecourt.sales.RefundView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment port, through the configured {@link PaymentProvider}. Opening a payment and
 * asking for a refund each record the row (with the caller's idempotency key under a
 * unique constraint) and call the provider in one transaction, the caller's if there is
 * one: an order and its deposit commit together, and a provider failure leaves nothing
 * behind. Outcomes arrive later through {@link PaymentCallbacks}.
 */
@Service
class ProviderPayments implements Payments {

	static final String PAYMENT = "payment";

	static final String REFUND = "payment-refund";

	private static final Pattern PURPOSE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private static final String CURRENCY = "CNY";

	private final PaymentRecords records;

	private final PaymentProviders providers;

	private final AuditLog audit;

	private final Clock clock;

	private final PaymentCallbacks callbacks;

	ProviderPayments(PaymentRecords records, PaymentProviders providers, AuditLog audit, Clock clock,
			PaymentCallbacks callbacks) {
		this.records = records;
		this.providers = providers;
		this.audit = audit;
		this.clock = clock;
		this.callbacks = callbacks;
	}

	@Override
	@Transactional
	public PaymentView start(NewPayment payment) {
		validate(payment);
		Optional<StoredPayment> existing = this.records.findByKey(payment.purpose(), payment.reference(),
				payment.idempotencyKey());
		if (existing.isPresent()) {
			return sameRequest(existing.get(), payment).view();
		}
		PaymentProvider provider = this.providers.current();
		Instant now = this.clock.instant();
		StoredPayment pending = new StoredPayment(UUID.randomUUID(), payment.purpose(), payment.reference(),
				payment.customerId(), payment.dealerId(), payment.amount().setScale(2), BigDecimal.ZERO.setScale(2),
				CURRENCY, payment.description().strip(), PaymentStatus.PENDING, provider.code(), null, null,
				payment.idempotencyKey(), null, now, null, null);
		if (!this.records.insert(pending)) {
			// a concurrent call with the key won: answer with its payment
			return sameRequest(this.records.findByKey(payment.purpose(), payment.reference(), payment.idempotencyKey())
				.orElseThrow(), payment).view();
		}
		OpenedPayment opened = provider
			.open(new PaymentOrder(pending.id(), pending.amount(), CURRENCY, pending.description()));
		this.records.attachCheckout(pending.id(), opened.providerReference(), opened.checkoutUrl());
		this.audit.recordChange(AuditAction.CREATE, PAYMENT, pending.id(),
				"opened " + pending.amount().toPlainString() + " " + CURRENCY + " for " + pending.purpose() + " "
						+ pending.reference() + " with " + provider.code() + " (" + opened.providerReference() + ")");
		return this.records.find(pending.id()).orElseThrow().view();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PaymentView> find(UUID paymentId) {
		return this.records.find(paymentId).map(StoredPayment::view);
	}

	@Override
	@Transactional
	public Optional<PaymentView> lock(UUID paymentId) {
		return this.records.lock(paymentId).map(StoredPayment::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PaymentView> paymentsFor(String purpose, UUID reference) {
		return this.records.findFor(purpose, reference).stream().map(StoredPayment::view).toList();
	}

	/**
	 * Not transactional: the provider is asked outside any transaction of ours, and its
	 * answer applied in one of the callback rules' own, as reconciliation does.
	 */
	@Override
	public PaymentView close(UUID paymentId) {
		StoredPayment payment = this.records.find(paymentId)
			.orElseThrow(() -> ProblemException.notFound("Payment", paymentId));
		if (payment.status() != PaymentStatus.PENDING) {
			return payment.view();
		}
		PaymentProvider provider = this.providers.of(payment.provider());
		ProviderNotification answer;
		try {
			answer = provider.close(paymentId);
		}
		catch (PaymentProviderException ex) {
			throw new IllegalStateException("Could not close payment " + paymentId + " at " + provider.code(), ex);
		}
		if (answer.kind() != ProviderNotification.Kind.PAYMENT_PENDING) {
			this.callbacks.applyVerified(provider, answer);
		}
		return this.records.find(paymentId).orElseThrow().view();
	}

	@Override
	@Transactional
	public RefundView refund(UUID paymentId, BigDecimal amount, String reason, String idempotencyKey) {
		validateRefund(amount, reason, idempotencyKey);
		StoredPayment payment = this.records.lock(paymentId)
			.orElseThrow(() -> ProblemException.notFound("Payment", paymentId));
		Optional<StoredRefund> existing = this.records.findRefundByKey(paymentId, idempotencyKey);
		if (existing.isPresent()) {
			if (existing.get().amount().compareTo(amount) != 0) {
				throw keyReused("refund", existing.get().amount());
			}
			return existing.get().view();
		}
		if (payment.status() != PaymentStatus.SUCCEEDED) {
			throw new RefundRefused(RefundRefused.Reason.NOT_SUCCEEDED,
					"Payment " + paymentId + " is " + payment.status() + ": only a succeeded payment can be refunded");
		}
		BigDecimal remaining = payment.amount().subtract(this.records.refundsCommitted(paymentId));
		if (amount.compareTo(remaining) > 0) {
			throw new RefundRefused(RefundRefused.Reason.EXCEEDS_REMAINING,
					"Only " + remaining.toPlainString() + " " + payment.currency() + " of payment " + paymentId
							+ " is left to refund (refunds asked for or made count)");
		}
		StoredRefund refund = new StoredRefund(UUID.randomUUID(), paymentId, amount.setScale(2), reason.strip(),
				RefundView.RefundStatus.PENDING, null, idempotencyKey, null, this.clock.instant(), null);
		this.records.insertRefund(refund);
		RequestedRefund requested = this.providers.of(payment.provider())
			.refund(new RefundOrder(refund.id(), paymentId, String.valueOf(payment.providerReference()),
					refund.amount(), payment.amount(), payment.currency(), refund.reason()));
		this.records.attachRefundReference(refund.id(), requested.providerReference());
		this.audit.recordChange(AuditAction.CREATE, REFUND, refund.id(),
				"asked " + payment.provider() + " to refund " + refund.amount().toPlainString() + " "
						+ payment.currency() + " of payment " + paymentId + ": " + refund.reason());
		return refund.view();
	}

	private static StoredPayment sameRequest(StoredPayment existing, NewPayment payment) {
		if (existing.amount().compareTo(payment.amount()) != 0) {
			throw keyReused("payment", existing.amount());
		}
		return existing;
	}

	private static ProblemException keyReused(String what, BigDecimal amount) {
		return new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "This idempotency key already asked for a "
				+ what + " of " + amount.toPlainString() + "; use a new key for a different amount");
	}

	private static void validate(NewPayment payment) {
		if (!PURPOSE.matcher(payment.purpose()).matches()) {
			throw ProblemException.validation("purpose", "must be 2 to 40 of A-Z, 0-9, '_', e.g. ORDER_DEPOSIT");
		}
		validateAmount(payment.amount());
		if (payment.description().isBlank() || payment.description().length() > 200) {
			throw ProblemException.validation("description", "must be 1 to 200 characters");
		}
		validateKey(payment.idempotencyKey());
	}

	private static void validateRefund(BigDecimal amount, String reason, String key) {
		validateAmount(amount);
		if (reason.isBlank() || reason.length() > 500) {
			throw ProblemException.validation("reason", "must be 1 to 500 characters");
		}
		validateKey(key);
	}

	private static void validateAmount(BigDecimal amount) {
		if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
			throw new ProblemException(ProblemType.VALIDATION,
					"amount: must be positive yuan with at most two decimals",
					Map.of("errors", List.of(new ProblemException.FieldProblem("amount",
							"must be positive yuan with at most two decimals"))));
		}
	}

	private static void validateKey(String key) {
		if (key.isBlank() || key.length() > 255) {
			throw ProblemException.validation("idempotencyKey", "must be 1 to 255 characters");
		}
	}

}
