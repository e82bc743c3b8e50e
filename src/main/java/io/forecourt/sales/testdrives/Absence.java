package io.forecourt.sales.testdrives;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A consultant off work between two moments (a day off, leave, training). */
public record Absence(UUID id, UUID dealerId, UUID staffId, Instant startsAt, Instant endsAt, @Nullable String reason,
		String recordedBy, Instant recordedAt) {

	public boolean overlaps(Instant from, Instant to) {
		return this.startsAt.isBefore(to) && from.isBefore(this.endsAt);
	}

}
