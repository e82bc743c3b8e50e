package io.forecourt.sales.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A verified callback, in our terms.
 *
 * @param eventId the provider's id of this notification (WeChat Pay: the notification id;
 * Alipay: notify_id): a repeat with the same id is recognised and changes nothing
 * @param paymentId our payment id (the out_trade_no the provider echoes)
 * @param refundId our refund id (out_refund_no) for refund notifications, else null
 * @param amount the amount the provider reports (paid or refunded), in yuan
 * @param occurredAt when it happened at the provider (success_time, gmt_payment)
 * @param reason why it failed, for failures
 */
public record ProviderNotification(String eventId, Kind kind, UUID paymentId, @Nullable UUID refundId,
		BigDecimal amount, Instant occurredAt, @Nullable String reason) {

	public enum Kind {

		/**
		 * Still waiting for the payer (WeChat Pay USERPAYING/NOTPAY): changes nothing.
		 */
		PAYMENT_PENDING,

		PAYMENT_SUCCEEDED,

		/**
		 * Declined, closed or revoked (WeChat Pay PAYERROR/CLOSED, Alipay TRADE_CLOSED).
		 */
		PAYMENT_FAILED,

		REFUND_SUCCEEDED,

		/** The refund was refused or failed (WeChat Pay ABNORMAL/CLOSED). */
		REFUND_FAILED;

		public boolean aboutRefund() {
			return this == REFUND_SUCCEEDED || this == REFUND_FAILED;
		}

	}

}
