package io.forecourt.sales.orders;

import java.util.Optional;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.sales.PaymentSucceeded;
import io.forecourt.sales.Payments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes the deposit in when the provider confirms it. The event may come twice (a
 * redelivery) or late: a repeat of the payment already taken changes nothing; a deposit
 * for an order that is cancelled, or one paid twice through two checkouts, is refunded in
 * full (with a key derived from the payment, so the refund is asked for once).
 */
@Component
class OrderPaymentListener {

	private static final Logger log = LoggerFactory.getLogger(OrderPaymentListener.class);

	private final SalesOrders orders;

	private final OrderWorkflow workflow;

	private final Payments payments;

	private final AuditLog audit;

	OrderPaymentListener(SalesOrders orders, OrderWorkflow workflow, Payments payments, AuditLog audit) {
		this.orders = orders;
		this.workflow = workflow;
		this.payments = payments;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(PaymentSucceeded event) {
		if (!OrderWorkflow.DEPOSIT.equals(event.purpose())) {
			return;
		}
		Optional<SalesOrder> found = this.orders.lock(event.reference());
		if (found.isEmpty()) {
			log.warn("Deposit payment {} names order {}, which does not exist", event.paymentId(), event.reference());
			return;
		}
		SalesOrder order = found.get();
		if (event.paymentId().equals(order.depositPaymentId())) {
			return; // already taken in
		}
		if (order.status() == OrderStatus.CREATED) {
			order.depositPaid(event.paymentId(), event.amount(), event.paidAt());
			this.workflow.save(order, OrderStatus.CREATED, "deposit paid (payment " + event.paymentId() + ")");
			return;
		}
		String why = order.status() == OrderStatus.CANCELLED ? "order already cancelled" : "deposit already paid";
		this.payments.refund(event.paymentId(), event.amount(), "order " + order.id() + ": " + why,
				"order-deposit-return:" + event.paymentId());
		this.audit.recordChange(AuditAction.UPDATE, SalesOrders.RESOURCE, order.id(),
				"deposit payment " + event.paymentId() + " refunded in full: " + why);
	}

}
