package io.forecourt.service.parts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which stock rows to list.
 *
 * @param dealerId one dealer; every dealer of the caller's scope when null
 * @param low only parts whose available quantity is below their reorder point
 * @param bin bin locations starting with this text (any case)
 * @param search part number or name containing this text (any case)
 */
public record StockQuery(@Nullable UUID dealerId, boolean low, @Nullable String bin, @Nullable String search) {

	public static StockQuery of(UUID dealerId) {
		return new StockQuery(dealerId, false, null, null);
	}

}
