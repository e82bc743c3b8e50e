package io.forecourt.sales.orders;

import io.forecourt.identity.CustomerTimeline;
import io.forecourt.identity.TimelineEntry;
import io.forecourt.sales.OrderArrived;
import io.forecourt.sales.OrderCancelled;
import io.forecourt.sales.OrderContractSigned;
import io.forecourt.sales.OrderDelivered;
import io.forecourt.sales.OrderDepositPaid;
import io.forecourt.sales.OrderInspected;
import io.forecourt.sales.OrderPlaced;
import io.forecourt.sales.OrderVinAllocated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each step of an order on the customer's timeline after it committed; an entry is
 * written once per event, so a redelivery adds nothing. Amounts, the car and the VIN are
 * shown; nothing staff typed (a cancellation note may hold personal data).
 */
@Component
class OrderTimeline {

	private static final String MODULE = "sales";

	private static final String ORDER = "order";

	private final CustomerTimeline timeline;

	OrderTimeline(CustomerTimeline timeline) {
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(OrderPlaced event) {
		record(new TimelineEntry(event.customerId(), event.placedAt(), MODULE, "ORDER_PLACED",
				"Order placed: " + event.modelCode() + " " + event.trimCode() + ", ¥" + event.total().toPlainString(),
				ORDER, event.orderId().toString(), null));
	}

	@ApplicationModuleListener
	void on(OrderDepositPaid event) {
		record(new TimelineEntry(event.customerId(), event.paidAt(), MODULE, "ORDER_DEPOSIT_PAID",
				"Deposit paid: ¥" + event.amount().toPlainString(), ORDER, event.orderId().toString(), null));
	}

	@ApplicationModuleListener
	void on(OrderContractSigned event) {
		record(new TimelineEntry(event.customerId(), event.signedAt(), MODULE, "ORDER_CONTRACT_SIGNED",
				"Purchase contract signed", ORDER, event.orderId().toString(), null));
	}

	@ApplicationModuleListener
	void on(OrderVinAllocated event) {
		record(new TimelineEntry(event.customerId(), event.allocatedAt(), MODULE, "ORDER_VIN_ALLOCATED",
				"Car allocated: VIN " + event.vin() + (event.inTransit() ? " (in transit)" : ""), ORDER,
				event.orderId().toString(), null));
	}

	@ApplicationModuleListener
	void on(OrderArrived event) {
		record(new TimelineEntry(event.customerId(), event.arrivedAt(), MODULE, "ORDER_CAR_ARRIVED",
				"Car at the dealer: VIN " + event.vin(), ORDER, event.orderId().toString(), null));
	}

	@ApplicationModuleListener
	void on(OrderInspected event) {
		record(new TimelineEntry(event.customerId(), event.inspectedAt(), MODULE, "ORDER_PDI_DONE",
				"Pre-delivery inspection done", ORDER, event.orderId().toString(), null));
	}

	@ApplicationModuleListener
	void on(OrderDelivered event) {
		record(new TimelineEntry(event.customerId(), event.deliveredAt(), MODULE, "ORDER_DELIVERED",
				"Car delivered: VIN " + event.vin(), ORDER, event.orderId().toString(), null));
	}

	@ApplicationModuleListener
	void on(OrderCancelled event) {
		record(new TimelineEntry(event.customerId(), event.cancelledAt(), MODULE, "ORDER_CANCELLED",
				"Order cancelled in " + event.cancelledIn() + " (" + event.reason() + "): refunded ¥"
						+ event.refunded().toPlainString() + ", forfeited ¥" + event.forfeited().toPlainString(),
				ORDER, event.orderId().toString(), null));
	}

	private void record(TimelineEntry entry) {
		this.timeline.record(entry);
	}

}
