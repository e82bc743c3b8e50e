package io.forecourt.sales.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.network.DealerNetwork;
import io.forecourt.sales.catalog.CarCheck;
import io.forecourt.sales.catalog.VehicleCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts cars into the network's stock and moves them at their dealer: registration (HQ
 * logistics: the OEM decides which dealer gets which car), arrival, ETA changes and demo
 * use (the dealer's managers and HQ, within their scope). Allocation to orders is
 * {@link VehicleAllocator}'s.
 */
@Service
@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
public class StockVehicleRegistry {

	static final String VEHICLE = "stock-vehicle";

	/** Batch registrations: a shipping manifest, one truck or train load and more. */
	public static final int MAX_BATCH = 500;

	private final StockVehicles vehicles;

	private final DealerNetwork network;

	private final RegionDirectory regions;

	private final StockCalendar calendar;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final VehicleCatalog catalog;

	StockVehicleRegistry(StockVehicles vehicles, DealerNetwork network, RegionDirectory regions, StockCalendar calendar,
			ApplicationEventPublisher events, AuditLog audit, VehicleCatalog catalog) {
		this.catalog = catalog;
		this.vehicles = vehicles;
		this.network = network;
		this.regions = regions;
		this.calendar = calendar;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * Registers one car.
	 * @throws ProblemException 400 naming every bad field (also codes the catalog does
	 * not offer together, see {@link CarCheck}), 409 for a VIN already registered, 403
	 * outside HQ scope
	 */
	@Transactional
	public StockVehicleView register(NewStockVehicle vehicle) {
		return registerAll(List.of(vehicle), false).get(0);
	}

	/**
	 * Registers a manifest all or nothing: one bad car rejects the batch (errors named
	 * {@code vehicles[i].field}) and nothing is written, so a manifest is never half in.
	 */
	@Transactional
	public List<StockVehicleView> registerBatch(List<NewStockVehicle> vehicles) {
		if (vehicles.isEmpty() || vehicles.size() > MAX_BATCH) {
			throw ProblemException.validation("vehicles", "must hold 1 to " + MAX_BATCH + " cars");
		}
		return registerAll(vehicles, true);
	}

	private List<StockVehicleView> registerAll(List<NewStockVehicle> items, boolean batch) {
		requireHq();
		Instant now = this.calendar.now();
		FieldErrors errors = new FieldErrors();
		CarCheck catalog = this.catalog.carCheck();
		List<StockVehicle> parsed = new ArrayList<>();
		Map<String, String> firstFieldOfVin = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String prefix = batch ? "vehicles[" + i + "]." : "";
			StockVehicle vehicle = parse(items.get(i), prefix, errors, now, catalog);
			if (vehicle != null) {
				String earlier = firstFieldOfVin.putIfAbsent(vehicle.vin().value(), prefix + "vin");
				if (earlier != null) {
					errors.reject(prefix + "vin", "'" + vehicle.vin() + "' is also in " + earlier);
				}
				parsed.add(vehicle);
			}
		}
		errors.throwIfAny();
		rejectRegistered(parsed, batch);
		try {
			parsed.forEach(this.vehicles::insert);
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("A VIN of this request was registered at the same time; fetch and retry");
		}
		Map<UUID, String> details = new LinkedHashMap<>();
		parsed.forEach(v -> details.put(v.id(), v.vin() + " " + v.spec().label() + " for dealer " + v.dealerId()
				+ (v.inTransit() ? ", in transit, ETA " + v.eta() : ", in stock")));
		this.audit.recordChanges(AuditAction.CREATE, VEHICLE, details);
		return parsed.stream().map(v -> StockVehicleView.of(v, this.calendar)).toList();
	}

	/**
	 * Records that the car reached its dealer: it becomes stock (or, if an order has it,
	 * stays that order's) and {@link VehicleArrived} tells the orders code.
	 * @param arrivedAt when it arrived; now when null, never in the future
	 */
	@Transactional
	public StockVehicleView markArrived(UUID id, long expectedVersion, @Nullable Instant arrivedAt) {
		Instant now = this.calendar.now();
		Instant at = arrivedAt == null ? now : arrivedAt;
		if (at.isAfter(now)) {
			throw ProblemException.validation("arrivedAt", "must not be in the future");
		}
		StockVehicle vehicle = visible(id);
		if (!vehicle.inTransit()) {
			throw ProblemException.conflict("Vehicle " + vehicle.vin() + " already arrived on " + vehicle.arrivedAt());
		}
		if (this.vehicles.arrive(id, expectedVersion, at) == 0) {
			throw ETags.stale(VEHICLE, id);
		}
		this.events
			.publishEvent(new VehicleArrived(id, vehicle.vin().value(), vehicle.dealerId(), vehicle.orderId(), at));
		this.audit.recordChange(AuditAction.UPDATE, VEHICLE, id, "arrived at dealer " + vehicle.dealerId());
		return reread(id);
	}

	/** Changes the expected arrival of a car still on its way. */
	@Transactional
	public StockVehicleView changeEta(UUID id, long expectedVersion, LocalDate eta) {
		StockVehicle vehicle = visible(id);
		if (!vehicle.inTransit()) {
			throw ProblemException.conflict("Vehicle " + vehicle.vin() + " has arrived; it has no ETA");
		}
		if (this.vehicles.changeEta(id, expectedVersion, eta) == 0) {
			throw ETags.stale(VEHICLE, id);
		}
		this.audit.recordChange(AuditAction.UPDATE, VEHICLE, id, "ETA " + vehicle.eta() + " -> " + eta);
		return reread(id);
	}

	/**
	 * Takes a free car at the dealer into demo / test-drive use (no order can take it),
	 * or back to stock.
	 */
	@Transactional
	public StockVehicleView useAsDemo(UUID id, long expectedVersion, boolean demo) {
		StockVehicle vehicle = visible(id);
		StockStatus from = demo ? StockStatus.IN_STOCK : StockStatus.DEMO;
		if (vehicle.status() != from) {
			throw ProblemException.conflict("Vehicle " + vehicle.vin() + " is " + vehicle.status() + "; only a car "
					+ from + " can " + (demo ? "become a demo car" : "go back to stock"));
		}
		StockStatus to = demo ? StockStatus.DEMO : StockStatus.IN_STOCK;
		if (this.vehicles.changeStatus(id, expectedVersion, from, to) == 0) {
			throw ETags.stale(VEHICLE, id);
		}
		this.audit.recordChange(AuditAction.UPDATE, VEHICLE, id, from + " -> " + to);
		return reread(id);
	}

	private StockVehicle visible(UUID id) {
		return this.vehicles.findVisible(id, scope())
			.orElseThrow(() -> this.audit.notFound(VEHICLE, id, this.vehicles.findAnyById(id).isPresent()));
	}

	private StockVehicleView reread(UUID id) {
		return StockVehicleView.of(this.vehicles.findAnyById(id).orElseThrow(), this.calendar);
	}

	private ScopePredicate scope() {
		return ScopePredicate.ofDealer(CurrentAccess.scope(), "v.dealer_id", this.regions);
	}

	static void requireHq() {
		if (!CurrentAccess.scope().isAll()) {
			throw new ProblemException(ProblemType.FORBIDDEN,
					"Only HQ logistics (network-wide scope) puts cars into the network's stock");
		}
	}

	private @Nullable StockVehicle parse(NewStockVehicle item, String prefix, FieldErrors errors, Instant now,
			CarCheck catalog) {
		Vin vin = errors.attempt(prefix + "vin", () -> Vin.parse(item.vin()));
		UUID dealer = item.dealerId();
		if (dealer == null) {
			errors.reject(prefix + "dealerId", "is required");
		}
		else if (this.network.dealer(dealer).isEmpty()) {
			errors.reject(prefix + "dealerId", "no dealer " + dealer);
		}
		VehicleSpec spec = VehicleSpec.parse(errors, prefix, item.modelCode(), item.trimCode(),
				item.exteriorColourCode(), item.interiorColourCode());
		if (spec != null) {
			catalog.check(errors, prefix, spec.modelCode(), spec.trimCode(), spec.exteriorColourCode(),
					spec.interiorColourCode());
		}
		if ((item.eta() == null) == (item.arrivedAt() == null)) {
			errors.reject(prefix + "eta",
					"give either eta (a car on its way) or arrivedAt (a car at the dealer), not both or neither");
		}
		if (item.arrivedAt() != null && item.arrivedAt().isAfter(now)) {
			errors.reject(prefix + "arrivedAt", "must not be in the future");
		}
		if (vin == null || dealer == null || spec == null) {
			return null;
		}
		Integer modelYear = vin.modelYear(Year.from(this.calendar.today())).map(Year::getValue).orElse(null);
		boolean arrived = item.arrivedAt() != null;
		return new StockVehicle(UUID.randomUUID(), vin, dealer, spec, modelYear,
				arrived ? StockStatus.IN_STOCK : StockStatus.IN_TRANSIT, arrived ? null : item.eta(), item.arrivedAt(),
				null, null, null, null, now, 0);
	}

	private void rejectRegistered(List<StockVehicle> parsed, boolean batch) {
		List<ProblemException.FieldProblem> taken = new ArrayList<>();
		for (int i = 0; i < parsed.size(); i++) {
			Vin vin = parsed.get(i).vin();
			if (this.vehicles.idOfVin(vin).isPresent()) {
				taken.add(new ProblemException.FieldProblem((batch ? "vehicles[" + i + "]." : "") + "vin",
						"'" + vin + "' is already registered"));
			}
		}
		if (!taken.isEmpty()) {
			throw new ProblemException(ProblemType.DUPLICATE,
					taken.size() == 1 ? taken.get(0).message() : taken.size() + " VINs are already registered",
					Map.of("errors", taken));
		}
	}

}
