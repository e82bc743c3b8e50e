package io.forecourt.service.parts;

import org.jspecify.annotations.Nullable;

/**
 * A part a repair order needs, and how many (in the part's unit), as the repair order
 * asks: the number may still be malformed, the quantity missing.
 */
public record PartLine(@Nullable String partNumber, @Nullable Integer quantity) {

	public static PartLine of(String partNumber, int quantity) {
		return new PartLine(partNumber, quantity);
	}

}
