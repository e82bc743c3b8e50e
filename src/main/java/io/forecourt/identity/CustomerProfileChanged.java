package io.forecourt.identity;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** Someone edited the customer's profile (name, birthday, preferred dealer, ...). */
@Externalized("forecourt.events::identity.customer.profile-changed")
public record CustomerProfileChanged(UUID customerId) {
}
