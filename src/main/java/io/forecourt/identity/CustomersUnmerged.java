package io.forecourt.identity;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A merge was undone: {@code restoredId} is a customer of its own again. */
@Externalized("forecourt.events::identity.customer.unmerged")
public record CustomersUnmerged(UUID mergeId, UUID survivorId, UUID restoredId) {
}
