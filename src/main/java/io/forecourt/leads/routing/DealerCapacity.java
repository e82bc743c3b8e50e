package io.forecourt.leads.routing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dealer's lead intake as HQ set it.
 *
 * @param dailyCapacity leads a day; null for the default in the routing weights
 * @param accepting false pauses routing to the dealer (a customer's own choice included)
 */
public record DealerCapacity(UUID dealerId, @Nullable Integer dailyCapacity, boolean accepting, long version) {
}
