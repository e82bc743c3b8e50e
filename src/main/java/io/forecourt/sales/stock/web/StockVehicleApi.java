package io.forecourt.sales.stock.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.sales.stock.AgeingBucket;
import io.forecourt.sales.stock.NewStockVehicle;
import io.forecourt.sales.stock.StockFilter;
import io.forecourt.sales.stock.StockReads;
import io.forecourt.sales.stock.StockStatus;
import io.forecourt.sales.stock.StockVehicleRegistry;
import io.forecourt.sales.stock.StockVehicleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Dealer and in-transit stock by VIN. HQ logistics (SALES_MANAGE with a network-wide
 * scope: an HQ user, or an API key issued with the OEM_HQ role) registers cars; a
 * dealer's managers (SALES_MANAGE in their scope) record arrivals, ETAs and demo use;
 * everyone with SALES_READ reads their scope's stock.
 */
@RestController
@RequestMapping("/api/v1/stock-vehicles")
@Tag(name = "Stock", description = "Dealer and in-transit stock by VIN, with ageing")
@Validated
class StockVehicleApi {

	private final StockVehicleRegistry registry;

	private final StockReads reads;

	StockVehicleApi(StockVehicleRegistry registry, StockReads reads) {
		this.registry = registry;
		this.reads = reads;
	}

	@PostMapping
	@Operation(summary = "Register a car (HQ logistics): in transit with an ETA, or at the dealer since arrivedAt."
			+ " The VIN's check digit must be right; 409 if it is already registered")
	ResponseEntity<StockVehicleView> register(@RequestBody NewStockVehicle body, UriComponentsBuilder uris) {
		StockVehicleView vehicle = this.registry.register(body);
		return ResponseEntity.created(uris.path("/api/v1/stock-vehicles/{id}").build(vehicle.id()))
			.eTag(ETags.of(vehicle.version()))
			.body(vehicle);
	}

	@PostMapping("/batch")
	@Operation(summary = "Register a shipping manifest of up to 500 cars, all or nothing: one bad car rejects the"
			+ " batch with errors named vehicles[i].field")
	ResponseEntity<Map<String, List<StockVehicleView>>> registerBatch(@RequestBody BatchRequest body) {
		List<StockVehicleView> registered = this.registry
			.registerBatch(body.vehicles() == null ? List.of() : body.vehicles());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("vehicles", registered));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A car of your scope, with its ETag")
	ResponseEntity<StockVehicleView> get(@PathVariable UUID id) {
		return withETag(this.reads.get(id));
	}

	@GetMapping("/by-vin/{vin}")
	@Operation(summary = "A car of your scope by its VIN (as scanned at the dealer)")
	ResponseEntity<StockVehicleView> byVin(@PathVariable String vin) {
		return withETag(this.reads.byVin(vin));
	}

	@GetMapping
	@Operation(summary = "Cars of your scope: at the dealer first (longest standing first), then in transit"
			+ " (soonest ETA first)")
	Page<StockVehicleView> list(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @Nullable String modelCode,
			@RequestParam(required = false) @Nullable String trimCode,
			@RequestParam(required = false) @Nullable StockStatus status,
			@RequestParam(required = false) @Nullable Boolean inTransit,
			@RequestParam(required = false) @Nullable AgeingBucket ageing,
			@RequestParam(required = false) @Nullable Integer minDaysInStock,
			@RequestParam(required = false) @Nullable String vin, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.reads.find(
				new StockFilter(dealerId, modelCode, trimCode, status, inTransit, ageing, minDaysInStock, vin),
				new PageRequest(page, size));
	}

	@GetMapping("/ageing")
	@Operation(summary = "How many cars of your scope stand at their dealer in each ageing band (0-30, 31-60,"
			+ " 61-90, over 90 days)")
	Map<AgeingBucket, Long> ageing(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @Nullable String modelCode) {
		return this.reads.ageingSummary(new StockFilter(dealerId, modelCode, null, null, null, null, null, null));
	}

	@PostMapping("/{id}/arrival")
	@Operation(summary = "Record that the car reached its dealer (If-Match required); publishes VehicleArrived")
	ResponseEntity<StockVehicleView> arrive(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable Arrival body) {
		long version = ETags.expectedVersion(ifMatch);
		return withETag(this.registry.markArrived(id, version, body == null ? null : body.arrivedAt()));
	}

	@PutMapping("/{id}/eta")
	@Operation(summary = "Change the expected arrival of a car in transit (If-Match required)")
	ResponseEntity<StockVehicleView> changeEta(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody EtaChange body) {
		long version = ETags.expectedVersion(ifMatch);
		if (body.eta() == null) {
			throw io.forecourt.kernel.web.ProblemException.validation("eta", "is required");
		}
		return withETag(this.registry.changeEta(id, version, body.eta()));
	}

	@PutMapping("/{id}/demo-use")
	@Operation(summary = "Take a car in stock into demo / test-drive use (demo=true) or back to stock"
			+ " (If-Match required)")
	ResponseEntity<StockVehicleView> demoUse(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody DemoUse body) {
		long version = ETags.expectedVersion(ifMatch);
		if (body.demo() == null) {
			throw io.forecourt.kernel.web.ProblemException.validation("demo", "is required");
		}
		return withETag(this.registry.useAsDemo(id, version, body.demo()));
	}

	private static ResponseEntity<StockVehicleView> withETag(StockVehicleView vehicle) {
		return ResponseEntity.ok().eTag(ETags.of(vehicle.version())).body(vehicle);
	}

	record BatchRequest(@NotNull @Nullable List<NewStockVehicle> vehicles) {
	}

	/**
	 * @param arrivedAt when it arrived; now when left out
	 */
	record Arrival(@Nullable Instant arrivedAt) {
	}

	record EtaChange(@Nullable LocalDate eta) {
	}

	record DemoUse(@Nullable Boolean demo) {
	}

}
