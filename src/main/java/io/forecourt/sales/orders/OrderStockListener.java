package io.forecourt.sales.orders;

import java.util.Optional;
import java.util.UUID;

import io.forecourt.sales.stock.StockAllocation;
import io.forecourt.sales.stock.VehicleAllocated;
import io.forecourt.sales.stock.VehicleArrived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the order's car: a factory-built car allocated later moves a waiting order on
 * (ARRIVED when it is at the dealer, IN_TRANSIT otherwise); a car in transit arriving
 * makes its order ARRIVED. Repeats and events for orders that moved on change nothing; a
 * car allocated to an order cancelled meanwhile goes back to stock.
 */
@Component
class OrderStockListener {

	private static final Logger log = LoggerFactory.getLogger(OrderStockListener.class);

	private static final String STOCK = "stock";

	private final SalesOrders orders;

	private final OrderWorkflow workflow;

	private final StockAllocation stock;

	OrderStockListener(SalesOrders orders, OrderWorkflow workflow, StockAllocation stock) {
		this.orders = orders;
		this.workflow = workflow;
		this.stock = stock;
	}

	@ApplicationModuleListener
	void on(VehicleAllocated event) {
		Optional<SalesOrder> found = lock(event.orderId());
		if (found.isEmpty()) {
			return;
		}
		SalesOrder order = found.get();
		if (order.hasCar(event.vin())) {
			return; // allocated from stock while the order waited: already applied
		}
		if (order.status() == OrderStatus.CANCELLED) {
			this.stock.release(order.id());
			return;
		}
		if (!order.awaitsCar()) {
			log.warn("Car {} allocated to order {}, which is {}; left as it is", event.vin(), order.id(),
					order.status());
			return;
		}
		OrderStatus from = order.status();
		order.vinAllocated(event.vin(), event.stockVehicleId(), event.inTransit(), event.at(), STOCK);
		this.workflow.save(order, from, "factory car allocated: " + event.vin());
	}

	@ApplicationModuleListener
	void on(VehicleArrived event) {
		if (event.orderId() == null) {
			return;
		}
		Optional<SalesOrder> found = lock(event.orderId());
		if (found.isEmpty()) {
			return;
		}
		SalesOrder order = found.get();
		if (order.status() != OrderStatus.IN_TRANSIT || !order.hasCar(event.vin())) {
			return; // a repeat, or a car that is no longer this order's
		}
		order.arrived(event.at(), STOCK);
		this.workflow.save(order, OrderStatus.IN_TRANSIT, "car arrived at the dealer: " + event.vin());
	}

	private Optional<SalesOrder> lock(UUID orderId) {
		Optional<SalesOrder> order = this.orders.lock(orderId);
		if (order.isEmpty()) {
			log.warn("Stock event names order {}, which does not exist", orderId);
		}
		return order;
	}

}
