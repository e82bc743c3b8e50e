package io.forecourt.network;

import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/** A dealer joined the network. */
@Externalized("forecourt.events::network.dealer.registered")
public record DealerRegistered(UUID dealerId, UUID regionId, String code, String cityCode) {
}
