package io.forecourt.sales.payments;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A refund as a provider is asked for it.
 *
 * @param refundId our id, the merchant refund number (out_refund_no)
 * @param paymentId our id of the payment (out_trade_no)
 * @param providerPaymentReference the provider's id of the payment
 * @param amount to refund now, in yuan
 * @param paymentAmount the payment's whole amount (WeChat Pay asks for both)
 */
public record RefundOrder(UUID refundId, UUID paymentId, String providerPaymentReference, BigDecimal amount,
		BigDecimal paymentAmount, String currency, String reason) {
}
