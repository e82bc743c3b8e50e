package io.forecourt.service.workshop;

import java.time.Instant;
import java.util.UUID;

/** A workshop bay of a dealer: a lift, a tyre station, an EV bay or a wash bay. */
public record Bay(UUID id, UUID dealerId, String code, String name, BayKind kind, boolean active, long version,
		Instant createdAt, Instant updatedAt) {
}
