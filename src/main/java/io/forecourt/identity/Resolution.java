package io.forecourt.identity;

import java.util.List;
import java.util.UUID;

/**
 * The customer a set of identifiers belongs to.
 *
 * @param customerId the customer (the survivor, if a merge happened)
 * @param created whether the customer was created by this resolution
 * @param merged customers merged into it by this resolution
 */
public record Resolution(UUID customerId, boolean created, List<UUID> merged) {
}
