package io.forecourt.identity;

import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A person's data was erased on their request: every module anonymises what it holds for
 * these customer records, keeping only non-personal aggregates (counts, dates, dealers).
 * The ids stay valid as anonymous keys; nothing about the person can be found through
 * them.
 */
@Externalized("forecourt.events::identity.customer.erased")
public record CustomerErased(UUID customerId, Set<UUID> erasedIds) {
}
