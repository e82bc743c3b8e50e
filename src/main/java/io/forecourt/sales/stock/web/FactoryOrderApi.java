package io.forecourt.sales.stock.web;

import java.time.LocalDate;
import java.util.UUID;

import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.sales.stock.FactoryOrder;
import io.forecourt.sales.stock.FactoryOrderFulfilment;
import io.forecourt.sales.stock.StockVehicleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Factory orders raised when no stock matched an order, and their fulfilment by HQ
 * logistics when the factory ships the car.
 */
@RestController
@RequestMapping("/api/v1/factory-orders")
@Tag(name = "Stock")
class FactoryOrderApi {

	private final FactoryOrderFulfilment fulfilment;

	FactoryOrderApi(FactoryOrderFulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@GetMapping
	@Operation(summary = "Factory orders of your scope, oldest first")
	Page<FactoryOrder> list(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) FactoryOrder.@Nullable Status status,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.fulfilment.find(dealerId, status, new PageRequest(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A factory order of your scope")
	FactoryOrder get(@PathVariable UUID id) {
		return this.fulfilment.get(id);
	}

	@PostMapping("/{id}/shipments")
	@Operation(summary = "The factory shipped a car for this order (HQ logistics): it is registered in transit to"
			+ " the order's dealer, allocated to the order, and VehicleAllocated is published. 409 when the factory"
			+ " order is no longer open")
	ResponseEntity<StockVehicleView> ship(@PathVariable UUID id, @RequestBody Shipment body,
			UriComponentsBuilder uris) {
		StockVehicleView vehicle = this.fulfilment.ship(id, body.vin(), body.eta());
		return ResponseEntity.created(uris.path("/api/v1/stock-vehicles/{id}").build(vehicle.id())).body(vehicle);
	}

	record Shipment(@Schema(example = "LHXE5A2L0T0000001") @Nullable String vin,
			@Schema(description = "Expected arrival at the dealer (China date)") @Nullable LocalDate eta) {
	}

}
