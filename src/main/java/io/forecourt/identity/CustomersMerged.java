package io.forecourt.identity;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * Two customers are one person: every module re-points what it holds for {@code mergedId}
 * to {@code survivorId}, and keeps enough to undo it when {@link CustomersUnmerged}
 * follows.
 */
@Externalized("forecourt.events::identity.customer.merged")
public record CustomersMerged(UUID mergeId, UUID survivorId, UUID mergedId, String reason) {
}
