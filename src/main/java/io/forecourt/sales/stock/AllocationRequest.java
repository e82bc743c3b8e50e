package io.forecourt.sales.stock;

import java.util.UUID;

/** What car an order needs and at which dealer. */
public record AllocationRequest(UUID orderId, UUID dealerId, String modelCode, String trimCode,
		String exteriorColourCode, String interiorColourCode) {
}
