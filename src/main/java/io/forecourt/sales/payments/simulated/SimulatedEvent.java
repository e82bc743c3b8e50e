package io.forecourt.sales.payments.simulated;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The body of a simulated provider's callback.
 *
 * @param type a {@link io.forecourt.sales.payments.ProviderNotification.Kind} name
 * @param amount yuan as a decimal string, as providers send amounts
 * @param occurredAt ISO-8601 instant
 */
record SimulatedEvent(String eventId, String type, UUID paymentId, @Nullable UUID refundId, String providerReference,
		String amount, String occurredAt, @Nullable String reason) {
}
