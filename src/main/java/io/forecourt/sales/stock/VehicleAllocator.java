package io.forecourt.sales.stock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives orders their cars ({@link StockAllocation}). Atomic across instances without any
 * lock in this JVM: the order's stock_allocations row serialises calls for one order; the
 * car is taken with a row lock that racing allocations skip ({@code FOR UPDATE SKIP
 * LOCKED}) and a conditional UPDATE on its status; unique constraints on the car's order
 * and the allocation's car are the backstop. Events commit with the change.
 * <p>
 * A system port for the orders code: it checks no permission or scope (the caller has
 * checked the order's), and works from listeners that act as the system.
 */
@Service
public class VehicleAllocator implements StockAllocation {

	static final String ALLOCATION = "stock-allocation";

	private final OrderAllocations allocations;

	private final StockVehicles vehicles;

	private final FactoryOrders factoryOrders;

	private final StockCalendar calendar;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	VehicleAllocator(OrderAllocations allocations, StockVehicles vehicles, FactoryOrders factoryOrders,
			StockCalendar calendar, ApplicationEventPublisher events, AuditLog audit) {
		this.allocations = allocations;
		this.vehicles = vehicles;
		this.factoryOrders = factoryOrders;
		this.calendar = calendar;
		this.events = events;
		this.audit = audit;
	}

	/**
	 * @throws ProblemException a validation problem for malformed codes; a conflict when
	 * a concurrent call for the same order has not committed yet (H2 only; PostgreSQL
	 * waits for it)
	 */
	@Override
	@Transactional
	public Allocation allocate(AllocationRequest request) {
		VehicleSpec spec = spec(request);
		Instant now = this.calendar.now();
		if (!this.allocations.claim(request, spec, now)) {
			return this.allocations.find(request.orderId())
				.orElseThrow(() -> ProblemException
					.conflict("Order " + request.orderId() + " is being allocated by another request; retry"));
		}
		Optional<StockVehicle> car = takeBestFree(request.orderId(), request.dealerId(), spec, now);
		if (car.isPresent()) {
			StockVehicle taken = car.get();
			this.allocations.allocated(request.orderId(), taken.id(), now);
			this.events.publishEvent(
					new VehicleAllocated(request.orderId(), taken.vin().value(), taken.id(), taken.inTransit(), now));
			this.audit.recordChange(AuditAction.UPDATE, StockVehicleRegistry.VEHICLE, taken.id(),
					"allocated to order " + request.orderId());
			return new Allocation(request.orderId(), Allocation.Status.ALLOCATED, taken.vin(), taken.id(), null,
					taken.inTransit(), now);
		}
		FactoryOrder factoryOrder = this.factoryOrders.raise(request.orderId(), request.dealerId(), spec, now);
		this.allocations.factoryOrdered(request.orderId(), factoryOrder.id(), now);
		this.events.publishEvent(new FactoryOrderRaised(factoryOrder.id(), request.orderId(), request.dealerId(),
				spec.modelCode(), spec.trimCode(), spec.exteriorColourCode(), spec.interiorColourCode(), now));
		this.audit.recordChange(AuditAction.CREATE, FactoryOrderFulfilment.FACTORY_ORDER, factoryOrder.id(),
				"for order " + request.orderId() + ": " + spec.label());
		return new Allocation(request.orderId(), Allocation.Status.FACTORY_ORDERED, null, null, factoryOrder.id(),
				false, now);
	}

	/**
	 * @throws ProblemException a conflict when the order's car was already delivered
	 */
	@Override
	@Transactional
	public void release(UUID orderId) {
		if (!this.allocations.lock(orderId)) {
			return;
		}
		Instant now = this.calendar.now();
		Optional<Allocation> current = this.allocations.find(orderId);
		Optional<StockVehicle> car = this.vehicles.findByOrder(orderId);
		if (car.isPresent() && car.get().status() == StockStatus.DELIVERED) {
			throw ProblemException.conflict("The car of order " + orderId + " (" + car.get().vin()
					+ ") was delivered; it cannot go back to stock");
		}
		UUID factoryOrder = current.map(Allocation::factoryOrderId).orElse(null);
		if (factoryOrder != null && this.factoryOrders.cancelOpen(orderId, now) > 0) {
			this.audit.recordChange(AuditAction.UPDATE, FactoryOrderFulfilment.FACTORY_ORDER, factoryOrder,
					"cancelled with order " + orderId);
		}
		if (car.isPresent() && this.vehicles.release(orderId) > 0) {
			this.audit.recordChange(AuditAction.UPDATE, StockVehicleRegistry.VEHICLE, car.get().id(),
					"released from order " + orderId);
		}
		this.allocations.delete(orderId);
		this.audit.recordChange(AuditAction.DELETE, ALLOCATION, orderId, "released");
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Allocation> allocationOf(UUID orderId) {
		return this.allocations.find(orderId);
	}

	/**
	 * @throws ProblemException a conflict when the order has no car that has arrived
	 */
	@Override
	@Transactional
	public void markDelivered(UUID orderId) {
		if (this.vehicles.deliver(orderId, this.calendar.now()) == 0) {
			throw ProblemException
				.conflict("Order " + orderId + " has no allocated car at its dealer to deliver (not allocated,"
						+ " still in transit, or already delivered)");
		}
		this.audit.recordChange(AuditAction.UPDATE, StockVehicleRegistry.VEHICLE,
				this.vehicles.findByOrder(orderId).orElseThrow().id(), "delivered with order " + orderId);
	}

	private Optional<StockVehicle> takeBestFree(UUID orderId, UUID dealerId, VehicleSpec spec, Instant now) {
		// The conditional update is the guarantee; a candidate another order took
		// meanwhile answers 0 rows and the next one is tried, until none is left.
		for (int round = 0; round < 100; round++) {
			List<StockVehicle> candidates = this.vehicles.bestFree(dealerId, spec);
			if (candidates.isEmpty()) {
				return Optional.empty();
			}
			for (StockVehicle candidate : candidates) {
				if (this.vehicles.take(candidate.id(), orderId, now) == 1) {
					return Optional.of(candidate);
				}
			}
		}
		throw ProblemException.conflict("Stock of dealer " + dealerId + " is changing too fast; retry");
	}

	private static VehicleSpec spec(AllocationRequest request) {
		FieldErrors errors = new FieldErrors();
		if (request.orderId() == null) {
			errors.reject("orderId", "is required");
		}
		if (request.dealerId() == null) {
			errors.reject("dealerId", "is required");
		}
		VehicleSpec spec = VehicleSpec.parse(errors, "", request.modelCode(), request.trimCode(),
				request.exteriorColourCode(), request.interiorColourCode());
		errors.throwIfAny();
		return spec;
	}

}
