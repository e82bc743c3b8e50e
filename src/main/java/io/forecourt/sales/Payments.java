package io.forecourt.sales;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The payment port: deposits and refunds go through a payment provider (the built-in
 * simulated one by default; WeChat Pay and Alipay adapters plug in here). The outcome
 * arrives later, from the provider's verified callback, as {@link PaymentSucceeded},
 * {@link PaymentFailed} or {@link PaymentRefunded}: listen for your own purpose.
 * <p>
 * Every call that moves money carries an idempotency key: a second call with the same key
 * returns the first call's payment or refund and never charges or refunds twice.
 */
public interface Payments {

	/** Opens a payment with the provider, or returns the one this key opened. */
	PaymentView start(NewPayment payment);

	Optional<PaymentView> find(UUID paymentId);

	/**
	 * The payment, locked until the caller's transaction ends: for acting on a payment
	 * once (making it an order's deposit) when two calls for it may run at the same time.
	 */
	Optional<PaymentView> lock(UUID paymentId);

	/** The payments opened for something, e.g. an order's deposits, oldest first. */
	List<PaymentView> paymentsFor(String purpose, UUID reference);

	/**
	 * Asks the provider to refund part or all of a succeeded payment, or returns the
	 * refund this key asked for.
	 * @throws IllegalStateException if the payment has not succeeded or the amount
	 * exceeds what is left to refund
	 */
	RefundView refund(UUID paymentId, BigDecimal amount, String reason, String idempotencyKey);

	/**
	 * Closes a pending payment at its provider, so that it can no longer be paid (for a
	 * payment whose purpose has its own deadline, e.g. a presale reservation's), and
	 * applies the state the provider reports after closing through the callback rules:
	 * {@link PaymentFailed} ("closed unpaid"), or {@link PaymentSucceeded} if the payer
	 * paid just before. Runs in its own transaction after the provider's answer; a
	 * payment no longer pending is returned as it is, without asking the provider.
	 * @return the payment after closing
	 * @throws io.forecourt.kernel.web.ProblemException 404 for an unknown payment
	 * @throws IllegalStateException when the provider cannot be reached or refuses; the
	 * payment is unchanged and may be closed again
	 */
	PaymentView close(UUID paymentId);

}
