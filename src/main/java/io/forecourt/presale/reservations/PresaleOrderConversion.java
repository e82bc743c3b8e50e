package io.forecourt.presale.reservations;

import java.time.Clock;
import java.util.Optional;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.presale.PresaleOrderPlaced;
import io.forecourt.presale.PresaleReservationPaid;
import io.forecourt.sales.PrepaidOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a paid reservation into a sales order through the sales center's
 * {@link PrepaidOrders} port (source {@value #SOURCE}, the reservation as reference, the
 * presale deposit as the order's deposit). It runs after the payment's commit, from the
 * event registry: a crash in between redelivers {@link PresaleReservationPaid}, and the
 * port places one order per reservation however often it is asked. An order the sales
 * center refuses (a configuration or dealer it can no longer use) is noted on the
 * reservation for HQ; the deposit stays paid.
 */
@Component
class PresaleOrderConversion {

	static final String SOURCE = "PRESALE";

	private static final Logger log = LoggerFactory.getLogger(PresaleOrderConversion.class);

	private final Reservations reservations;

	private final PrepaidOrders orders;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	/**
	 * The order is placed in a transaction of its own, so a refusal leaves this one
	 * usable.
	 */
	private final TransactionTemplate separately;

	PresaleOrderConversion(Reservations reservations, PrepaidOrders orders, ApplicationEventPublisher events,
			AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
		this.reservations = reservations;
		this.orders = orders;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(PresaleReservationPaid paid) {
		CurrentAccess.asSystem(() -> convert(paid));
	}

	private void convert(PresaleReservationPaid paid) {
		Optional<Reservation> found = this.reservations.find(paid.reservationId());
		if (found.isEmpty() || found.get().orderId() != null) {
			return;
		}
		Reservation r = found.get();
		if (r.dealerId() == null || r.configurationCode() == null) {
			refused(r, "no delivery dealer or configuration");
			return;
		}
		try {
			PrepaidOrders.PrepaidOrder prepaid = new PrepaidOrders.PrepaidOrder(SOURCE, r.id(), r.configurationCode(),
					r.phone(), r.name(), r.dealerId(), paid.paymentId(), paid.amount());
			PrepaidOrders.PlacedOrder order = java.util.Objects
				.requireNonNull(this.separately.execute(status -> this.orders.place(prepaid)));
			this.reservations.orderPlaced(r.id(), order.orderId(), order.progressPath());
			this.events.publishEvent(new PresaleOrderPlaced(r.id(), r.campaignId(), paid.campaignCode(),
					order.orderId(), order.customerId(), this.clock.instant()));
			this.audit.recordChange(AuditAction.UPDATE, DepositPayments.RESOURCE, r.id(),
					"order " + order.orderId() + " placed");
		}
		catch (ProblemException ex) {
			refused(r, ex.getMessage());
		}
	}

	private void refused(Reservation r, String why) {
		log.warn("Paid presale reservation {} has no order: {}", r.id(), why);
		this.reservations.orderRefused(r.id(), why);
		this.audit.recordChange(AuditAction.UPDATE, DepositPayments.RESOURCE, r.id(), "no order placed: " + why);
	}

}
