package io.forecourt.sales.payments;

import java.util.UUID;

/**
 * A payment provider (支付渠道): the built-in simulated one, or an adapter for WeChat Pay,
 * Alipay or a bank. Forecourt is the merchant: our payment id is the merchant's order
 * number (out_trade_no) and our refund id the merchant's refund number (out_refund_no),
 * so a provider that deduplicates by them makes a retried call harmless. The outcome of a
 * payment or refund is never taken from these calls' answers but from the provider's
 * callback, which {@link #verify} authenticates and translates.
 * <p>
 * Implementations are Spring beans; {@code forecourt.payments.provider} names the one new
 * payments use. A payment keeps the provider it was opened with for its refunds and
 * callbacks.
 */
public interface PaymentProvider {

	/**
	 * The provider's code, lower case ({@code simulated}, {@code wechat-pay},
	 * {@code alipay}): stored on each payment and the last path segment of its callback
	 * URL, {@code POST /api/v1/payment-callbacks/{code}}.
	 */
	String code();

	/**
	 * Opens the payment with the provider (WeChat Pay: a JSAPI/Native/H5 prepay order;
	 * Alipay: a page or wap pay order). Called inside the transaction that records the
	 * payment; it may be called again for the same payment id and must then not open a
	 * second one.
	 * @return where the payer completes it
	 * @throws PaymentProviderException when the provider refuses or cannot be reached
	 */
	OpenedPayment open(PaymentOrder order);

	/**
	 * Asks the provider to refund part of a succeeded payment. The outcome arrives by
	 * callback.
	 * @throws PaymentProviderException when the provider refuses or cannot be reached
	 */
	RequestedRefund refund(RefundOrder order);

	/**
	 * Authenticates a callback and translates it. Nothing has been written when this is
	 * called, and nothing will be if it throws.
	 * @throws io.forecourt.kernel.web.ProblemException 401 ({@code unauthenticated}) for
	 * a missing or wrong signature or a timestamp outside the replay window, 400
	 * ({@code malformed-request}) for a body that does not parse
	 */
	ProviderNotification verify(ProviderCallback callback);

	/**
	 * Asks the provider where a payment stands, for when its callback is late or lost
	 * (WeChat Pay: query order by out_trade_no; Alipay: alipay.trade.query). The answer
	 * is applied exactly like a callback, so its event id must name the state it reports
	 * (asking twice about an unchanged payment gives the same id).
	 * @return {@link ProviderNotification.Kind#PAYMENT_PENDING} while the payer has not
	 * decided
	 * @throws PaymentProviderException when the provider cannot be reached
	 */
	ProviderNotification query(UUID paymentId);

	/**
	 * Closes a payment nobody paid, so that it can no longer be paid (WeChat Pay: close
	 * order; Alipay: alipay.trade.close), and reports the state after closing: a failure,
	 * or a success if the payer paid just before.
	 * @throws PaymentProviderException when the provider cannot be reached
	 */
	ProviderNotification close(UUID paymentId);

}
