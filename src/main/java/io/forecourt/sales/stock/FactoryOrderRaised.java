package io.forecourt.sales.stock;

import java.time.Instant;
import java.util.UUID;

/** No car in stock matched an order: the factory is asked to build one. */
public record FactoryOrderRaised(UUID factoryOrderId, UUID orderId, UUID dealerId, String modelCode, String trimCode,
		String exteriorColourCode, String interiorColourCode, Instant at) {
}
