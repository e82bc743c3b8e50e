package io.forecourt.network;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A dealer was suspended (stops receiving leads and bookings) or reactivated. */
@Externalized("forecourt.events::network.dealer.status-changed")
public record DealerStatusChanged(UUID dealerId, DealerStatus from, DealerStatus to) {
}
