package io.forecourt.sales.payments;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A payment as a provider is asked to open it.
 *
 * @param paymentId our id, the merchant order number (out_trade_no)
 * @param amount in yuan, two decimals (WeChat Pay wants fen: multiply by 100)
 * @param currency ISO 4217, {@code CNY}
 * @param description what the payer sees (WeChat Pay: description; Alipay: subject)
 */
public record PaymentOrder(UUID paymentId, BigDecimal amount, String currency, String description) {
}
