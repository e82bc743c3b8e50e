package io.forecourt.sales.payments;

import java.time.Clock;
import java.util.Set;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.PaymentFailed;
import io.forecourt.sales.PaymentRefunded;
import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.PaymentSucceeded;
import io.forecourt.sales.RefundView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies providers' callbacks. The provider verifies the callback first (a bad signature
 * or a stale timestamp is refused before anything is written). Then, in one transaction:
 * the event id is remembered (a repeat stops there and changes nothing), the payment row
 * is locked, and the state moves only forward — PENDING to SUCCEEDED or FAILED, both
 * final — with the event published and the audit record written in the same transaction.
 * So a late or out-of-order callback changes nothing, and each event is published exactly
 * once. A callback we cannot apply yet (unknown payment or refund) is refused with
 * nothing kept, so the provider's retry can succeed later.
 */
@Service
public class PaymentCallbacks {

	private static final Logger log = LoggerFactory.getLogger(PaymentCallbacks.class);

	/** What became of a callback. */
	public enum Outcome {

		/** It changed the payment or refund. */
		APPLIED,

		/** It was valid but changed nothing (a pending notice, or a late one). */
		IGNORED,

		/** Its event id was seen before. */
		DUPLICATE

	}

	private final PaymentProviders providers;

	private final PaymentRecords records;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PaymentCallbacks(PaymentProviders providers, PaymentRecords records, ApplicationEventPublisher events,
			AuditLog audit, PlatformTransactionManager transactions, Clock clock) {
		this.providers = providers;
		this.records = records;
		this.events = events;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * @throws ProblemException 404 for an unknown provider or payment or refund, 401/400
	 * from the provider's verification, 409 for a callback that contradicts our books;
	 * nothing is written then
	 */
	public Outcome receive(String providerCode, ProviderCallback callback) {
		PaymentProvider provider = this.providers.find(providerCode)
			.orElseThrow(() -> ProblemException.notFound("Payment provider", providerCode));
		ProviderNotification notification = provider.verify(callback);
		Outcome outcome = applyVerified(provider, notification);
		log.info("Payment callback {} {} from {} for payment {}: {}", notification.kind(), notification.eventId(),
				provider.code(), notification.paymentId(), outcome);
		return outcome;
	}

	/**
	 * Applies what the provider said by other means than a callback (its answer to a
	 * query), with the same rules: once per event id, only forward.
	 */
	Outcome applyVerified(PaymentProvider provider, ProviderNotification notification) {
		return CurrentAccess.as(principal(provider),
				() -> this.transaction.execute(status -> apply(provider, notification)));
	}

	private Outcome apply(PaymentProvider provider, ProviderNotification notification) {
		if (!this.records.rememberCallback(provider.code(), notification.eventId(), notification.kind().name(),
				this.clock.instant())) {
			return Outcome.DUPLICATE;
		}
		StoredPayment payment = this.records.lock(notification.paymentId())
			.filter(found -> found.provider().equals(provider.code()))
			.orElseThrow(() -> ProblemException.notFound("Payment", notification.paymentId()));
		return notification.kind().aboutRefund() ? applyRefund(payment, notification)
				: applyPayment(payment, notification);
	}

	private Outcome applyPayment(StoredPayment payment, ProviderNotification notification) {
		switch (notification.kind()) {
			case PAYMENT_SUCCEEDED -> {
				if (payment.status() == PaymentStatus.PENDING) {
					if (notification.amount().compareTo(payment.amount()) != 0) {
						log.error("Provider {} reports {} paid for payment {} of {}", payment.provider(),
								notification.amount(), payment.id(), payment.amount());
						throw ProblemException.conflict("The amount paid, " + notification.amount().toPlainString()
								+ ", is not the payment's " + payment.amount().toPlainString());
					}
					this.records.markSucceeded(payment.id(), notification.occurredAt());
					this.events.publishEvent(new PaymentSucceeded(payment.id(), payment.purpose(), payment.reference(),
							payment.amount(), notification.occurredAt()));
					this.audit.recordChange(AuditAction.UPDATE, ProviderPayments.PAYMENT, payment.id(),
							"succeeded: " + payment.amount().toPlainString() + " " + payment.currency() + " paid ("
									+ notification.eventId() + ")");
					return Outcome.APPLIED;
				}
				if (payment.status() == PaymentStatus.FAILED) {
					// money arrived for a payment we closed: someone must refund it by
					// hand
					log.error("Provider {} reports payment {} succeeded after it failed", payment.provider(),
							payment.id());
					this.audit.recordChange(AuditAction.UPDATE, ProviderPayments.PAYMENT, payment.id(),
							"success reported after failure, status kept FAILED; check with the provider ("
									+ notification.eventId() + ")");
				}
				return Outcome.IGNORED;
			}
			case PAYMENT_FAILED -> {
				if (payment.status() != PaymentStatus.PENDING) {
					return Outcome.IGNORED;
				}
				String reason = notification.reason() == null ? "declined" : notification.reason();
				this.records.markFailed(payment.id(), reason, notification.occurredAt());
				this.events.publishEvent(new PaymentFailed(payment.id(), payment.purpose(), payment.reference(), reason,
						notification.occurredAt()));
				this.audit.recordChange(AuditAction.UPDATE, ProviderPayments.PAYMENT, payment.id(),
						"failed: " + reason + " (" + notification.eventId() + ")");
				return Outcome.APPLIED;
			}
			default -> {
				return Outcome.IGNORED;
			}
		}
	}

	private Outcome applyRefund(StoredPayment payment, ProviderNotification notification) {
		StoredRefund refund = (notification.refundId() == null ? null
				: this.records.lockRefund(notification.refundId())
					.filter(found -> found.paymentId().equals(payment.id()))
					.orElse(null));
		if (refund == null) {
			throw ProblemException.notFound("Refund", notification.refundId());
		}
		if (refund.status() != RefundView.RefundStatus.PENDING) {
			return Outcome.IGNORED;
		}
		if (notification.kind() == ProviderNotification.Kind.REFUND_FAILED) {
			String reason = notification.reason() == null ? "refused" : notification.reason();
			this.records.completeRefund(refund.id(), RefundView.RefundStatus.FAILED, reason, notification.occurredAt());
			this.audit.recordChange(AuditAction.UPDATE, ProviderPayments.REFUND, refund.id(),
					"failed: " + reason + " (" + notification.eventId() + ")");
			return Outcome.APPLIED;
		}
		if (notification.amount().compareTo(refund.amount()) != 0) {
			log.error("Provider {} reports {} refunded for refund {} of {}", payment.provider(), notification.amount(),
					refund.id(), refund.amount());
			throw ProblemException.conflict("The amount refunded, " + notification.amount().toPlainString()
					+ ", is not the refund's " + refund.amount().toPlainString());
		}
		// the refunded total never passes what was paid: the update refuses, and the
		// callback is refused with it (nothing kept, so it is retried and investigated)
		if (!this.records.addRefunded(payment.id(), refund.amount())) {
			log.error("Refund {} of {} would refund payment {} beyond its amount", refund.id(), refund.amount(),
					payment.id());
			throw new ProblemException(ProblemType.CONFLICT,
					"Payment " + payment.id() + " cannot be refunded " + refund.amount().toPlainString() + " more");
		}
		this.records.completeRefund(refund.id(), RefundView.RefundStatus.SUCCEEDED, null, notification.occurredAt());
		this.events.publishEvent(new PaymentRefunded(refund.id(), payment.id(), payment.purpose(), payment.reference(),
				refund.amount(), notification.occurredAt()));
		this.audit.recordChange(AuditAction.UPDATE, ProviderPayments.REFUND, refund.id(),
				"succeeded: " + refund.amount().toPlainString() + " " + payment.currency() + " refunded of payment "
						+ payment.id() + " (" + notification.eventId() + ")");
		return Outcome.APPLIED;
	}

	/** Who applies a provider's callbacks; audit records name it. */
	private static ForecourtPrincipal principal(PaymentProvider provider) {
		String name = "payment-provider:" + provider.code();
		return new ForecourtPrincipal(name, name, ForecourtPrincipal.Kind.SYSTEM, Set.of(Role.INTEGRATOR),
				AccessScope.all(), null);
	}

}
