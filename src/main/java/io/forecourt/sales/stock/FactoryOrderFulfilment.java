package io.forecourt.sales.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Factory orders as HQ logistics and dealers see them, and their fulfilment: when the
 * factory ships a car for one, the car is registered in transit to the order's dealer,
 * already the order's, and {@link VehicleAllocated} tells the orders code its VIN.
 */
@Service
public class FactoryOrderFulfilment {

	static final String FACTORY_ORDER = "factory-order";

	private final FactoryOrders factoryOrders;

	private final StockVehicles vehicles;

	private final OrderAllocations allocations;

	private final RegionDirectory regions;

	private final StockCalendar calendar;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	FactoryOrderFulfilment(FactoryOrders factoryOrders, StockVehicles vehicles, OrderAllocations allocations,
			RegionDirectory regions, StockCalendar calendar, ApplicationEventPublisher events, AuditLog audit) {
		this.factoryOrders = factoryOrders;
		this.vehicles = vehicles;
		this.allocations = allocations;
		this.regions = regions;
		this.calendar = calendar;
		this.events = events;
		this.audit = audit;
	}

	/** Oldest first, within the caller's scope. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public Page<FactoryOrder> find(@Nullable UUID dealerId, FactoryOrder.@Nullable Status status, PageRequest page) {
		Where where = Where.scoped(scope())
			.and("f.dealer_id = :dealerId", "dealerId", dealerId)
			.and("f.status = :status", "status", status == null ? null : status.name());
		return Page.of(this.factoryOrders.find(where, page), page, this.factoryOrders.count(where));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public FactoryOrder get(UUID id) {
		return this.factoryOrders.findVisible(id, scope())
			.orElseThrow(() -> this.audit.notFound(FACTORY_ORDER, id, this.factoryOrders.findAnyById(id).isPresent()));
	}

	/**
	 * Registers the car the factory shipped for the factory order, on its way to the
	 * order's dealer and allocated to the order.
	 * @throws ProblemException 400 for a bad VIN or missing ETA, 409 when the factory
	 * order is no longer open (fulfilled, or cancelled with its order: register the car
	 * as ordinary stock instead) or the VIN is already registered
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
	public StockVehicleView ship(UUID factoryOrderId, @Nullable String rawVin, @Nullable LocalDate eta) {
		StockVehicleRegistry.requireHq();
		FieldErrors errors = new FieldErrors();
		Vin vin = errors.attempt("vin", () -> Vin.parse(rawVin));
		if (eta == null) {
			errors.reject("eta", "is required: when the car is expected at the dealer");
		}
		errors.throwIfAny();
		FactoryOrder factoryOrder = this.factoryOrders.findAnyById(factoryOrderId)
			.orElseThrow(() -> ProblemException.notFound(FACTORY_ORDER, factoryOrderId));
		// the order's allocation row first, as release takes it: the two never deadlock
		this.allocations.lock(factoryOrder.orderId());
		factoryOrder = this.factoryOrders.findAnyById(factoryOrderId).orElseThrow();
		if (factoryOrder.status() != FactoryOrder.Status.OPEN) {
			throw ProblemException.conflict("Factory order " + factoryOrderId + " is " + factoryOrder.status()
					+ "; register the car as ordinary stock instead");
		}
		if (this.vehicles.idOfVin(vin).isPresent()) {
			throw ProblemException.duplicate("vin", vin);
		}
		Instant now = this.calendar.now();
		Integer modelYear = vin.modelYear(Year.from(this.calendar.today())).map(Year::getValue).orElse(null);
		StockVehicle car = new StockVehicle(UUID.randomUUID(), vin, factoryOrder.dealerId(), factoryOrder.spec(),
				modelYear, StockStatus.ALLOCATED, eta, null, factoryOrder.orderId(), factoryOrderId, now, null, now, 0);
		try {
			this.vehicles.insert(car);
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.duplicate("vin", vin);
		}
		if (this.factoryOrders.fulfil(factoryOrderId, car.id(), now) == 0) {
			throw ProblemException.conflict("Factory order " + factoryOrderId + " was closed meanwhile");
		}
		this.allocations.allocated(factoryOrder.orderId(), car.id(), now);
		this.events.publishEvent(new VehicleAllocated(factoryOrder.orderId(), vin.value(), car.id(), true, now));
		this.audit.recordChange(AuditAction.CREATE, StockVehicleRegistry.VEHICLE, car.id(), vin
				+ " shipped for factory order " + factoryOrderId + ", allocated to order " + factoryOrder.orderId());
		this.audit.recordChange(AuditAction.UPDATE, FACTORY_ORDER, factoryOrderId, "fulfilled by " + vin);
		return StockVehicleView.of(car, this.calendar);
	}

	private ScopePredicate scope() {
		return ScopePredicate.ofDealer(CurrentAccess.scope(), "f.dealer_id", this.regions);
	}

}
