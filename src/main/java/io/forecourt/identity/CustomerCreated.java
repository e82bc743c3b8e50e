package io.forecourt.identity;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A person was seen for the first time. */
@Externalized("forecourt.events::identity.customer.created")
public record CustomerCreated(UUID customerId, String source) {
}
