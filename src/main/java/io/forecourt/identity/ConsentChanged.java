package io.forecourt.identity;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A customer granted or withdrew consent for a purpose. Modules that cache contactability
 * (campaign audiences) drop what they hold and ask {@link ConsentChecks} again.
 */
@Externalized("forecourt.events::identity.consent.changed")
public record ConsentChanged(UUID customerId, ConsentPurpose purpose, boolean granted) {
}
