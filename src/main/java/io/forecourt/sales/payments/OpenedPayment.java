package io.forecourt.sales.payments;

import org.jspecify.annotations.Nullable;

/**
 * What a provider answers when a payment is opened.
 *
 * @param providerReference the provider's own id of it (WeChat Pay prepay_id, Alipay
 * trade_no once known), for reconciliation
 * @param checkoutUrl where the payer completes it: a page URL, or a code_url to show as a
 * QR code; null when the client app pays with SDK parameters instead
 */
public record OpenedPayment(String providerReference, @Nullable String checkoutUrl) {
}
