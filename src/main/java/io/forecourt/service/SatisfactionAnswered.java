package io.forecourt.service;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * The owner answered the satisfaction survey of a repair order (once).
 *
 * @param score the NPS answer, 0 (would not recommend) to 10
 */
@Externalized("forecourt.events::service.satisfaction.answered")
public record SatisfactionAnswered(UUID surveyId, UUID repairOrderId, UUID dealerId, UUID customerId, int score,
		@Nullable String comment, Instant answeredAt) {
}
