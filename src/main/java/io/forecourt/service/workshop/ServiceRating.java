package io.forecourt.service.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A dealer's service rating, 1.00 to 5.00, from this many owners' reviews. */
public record ServiceRating(UUID dealerId, BigDecimal rating, int reviews, Instant updatedAt) {
}
