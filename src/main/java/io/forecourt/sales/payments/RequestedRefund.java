package io.forecourt.sales.payments;

/** What a provider answers when asked for a refund: its own id of the refund. */
public record RequestedRefund(String providerReference) {
}
