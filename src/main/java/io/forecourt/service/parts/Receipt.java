package io.forecourt.service.parts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Goods received at a dealer, with each line and what the part's stock held after it.
 */
public record Receipt(UUID id, UUID dealerId, @Nullable String deliveryNote, List<Line> lines, Instant receivedAt,
		String receivedBy) {

	public record Line(String partNumber, int quantity, int onHandAfter) {
	}

}
