package io.forecourt.sales.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import io.forecourt.sales.stock.Allocation;
import io.forecourt.sales.stock.AllocationRequest;
import io.forecourt.sales.stock.StockAllocation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves orders on as staff act: deposit checkout, contract, VIN allocation, PDI, delivery
 * and cancellation. Every change locks the order, checks the version the caller saw (a
 * stale one is 412) and the state (a wrong one is 409), and writes the order, its steps,
 * the audit record and the events in one transaction. The deposit and the car's arrival
 * come from {@link OrderPaymentListener} and {@link OrderStockListener}.
 * <p>
 * VIN allocation is a deliberate action after the contract is signed (not automatic): the
 * dealer decides when to take a car out of stock for the buyer.
 */
@Service
public class OrderWorkflow {

	/** The payment purpose of deposits; the payment port reports back by it. */
	public static final String DEPOSIT = "ORDER_DEPOSIT";

	private static final int KEY_MAX = 255;

	private final OrderAccess access;

	private final SalesOrders orders;

	private final OrderReads reads;

	private final Payments payments;

	private final StockAllocation stock;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrderWorkflow(OrderAccess access, SalesOrders orders, OrderReads reads, Payments payments, StockAllocation stock,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.orders = orders;
		this.reads = reads;
		this.payments = payments;
		this.stock = stock;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the deposit payment with the provider, or returns the one this key opened.
	 * @param idempotencyKey the request's Idempotency-Key; the payment port keeps it
	 * (with the order's id) under a unique constraint, so a repeat never charges twice
	 * @throws ProblemException conflict unless the order is CREATED
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public PaymentView startDeposit(UUID orderId, @Nullable String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > KEY_MAX) {
			throw ProblemException.validation("Idempotency-Key", "is required, at most " + KEY_MAX + " characters");
		}
		SalesOrder order = this.access.lockVisible(orderId);
		if (order.status() != OrderStatus.CREATED) {
			throw new ProblemException(ProblemType.CONFLICT,
					"Order " + orderId + " is " + order.status() + "; its deposit is taken while it is CREATED",
					java.util.Map.of("orderStatus", order.status().name()));
		}
		PaymentView payment = this.payments.start(new NewPayment(DEPOSIT, orderId, order.customerId(), order.dealerId(),
				order.depositAmount(), "定金 " + order.car().nameZh(), idempotencyKey));
		this.audit.recordChange(AuditAction.UPDATE, SalesOrders.RESOURCE, orderId,
				"deposit checkout opened: payment " + payment.id() + " " + payment.amount());
		return payment;
	}

	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public OrderView signContract(UUID orderId, long expectedVersion) {
		return change(orderId, expectedVersion, "contract signed",
				order -> order.contractSigned(this.clock.instant(), OrderAccess.actor()));
	}

	/**
	 * Asks stock for the order's car: one from the dealer's stock makes the order
	 * ARRIVED, one in transit IN_TRANSIT; when none matches, the factory builds one and
	 * the order waits in CONTRACT_SIGNED for {@code VehicleAllocated}.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public OrderView allocateVin(UUID orderId, long expectedVersion) {
		return change(orderId, expectedVersion, "VIN allocation", order -> {
			order.requireAwaitingCar();
			SalesOrder.Snapshot car = order.car();
			Allocation allocation = this.stock.allocate(new AllocationRequest(order.id(), order.dealerId(),
					car.modelCode(), car.trimCode(), car.exteriorColourCode(), car.interiorColourCode()));
			OrderAllocations.apply(order, allocation, this.clock.instant(), OrderAccess.actor());
		});
	}

	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public OrderView markPdiDone(UUID orderId, long expectedVersion) {
		return change(orderId, expectedVersion, "PDI done",
				order -> order.pdiDone(this.clock.instant(), OrderAccess.actor()));
	}

	/**
	 * Hands the car over: the order is DELIVERED and its car leaves the dealer's stock,
	 * in one transaction (stock refusing, e.g. a car not at the dealer, refuses the
	 * delivery).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public OrderView deliver(UUID orderId, long expectedVersion) {
		return change(orderId, expectedVersion, "delivered", order -> {
			order.delivered(this.clock.instant(), OrderAccess.actor());
			this.stock.markDelivered(order.id());
		});
	}

	/**
	 * Cancels the order: the deposit is refunded or forfeited as
	 * {@link CancellationPolicy} says (the refund goes to the payment port with a key
	 * derived from the order, so it is asked for once), and a car it had is released.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public OrderView cancel(UUID orderId, long expectedVersion, @Nullable String reason, @Nullable String note) {
		CancelReason why = reason(reason);
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 500) {
			throw ProblemException.validation("note", "must be at most 500 characters");
		}
		return change(orderId, expectedVersion, "cancelled (" + why + ")", order -> {
			boolean hadCar = order.status().contractSigned();
			CancellationPolicy.Refund refund = order.cancel(why, text, this.clock.instant(), OrderAccess.actor());
			if (refund.refund().signum() > 0) {
				this.payments.refund(java.util.Objects.requireNonNull(order.depositPaymentId()), refund.refund(),
						"order cancelled: " + why, "order-cancel:" + order.id());
			}
			if (hadCar) {
				this.stock.release(order.id());
			}
		});
	}

	private OrderView change(UUID orderId, long expectedVersion, String what, Consumer<SalesOrder> transition) {
		SalesOrder order = this.access.lockForWork(orderId);
		if (order.version() != expectedVersion) {
			throw ETags.stale(SalesOrders.RESOURCE, orderId);
		}
		OrderStatus from = order.status();
		transition.accept(order);
		save(order, from, what);
		return this.reads.view(orderId);
	}

	/** Writes a changed order, its audit record and its events (also for listeners). */
	void save(SalesOrder order, OrderStatus from, String what) {
		this.orders.update(order, this.clock.instant());
		this.audit.recordChange(AuditAction.UPDATE, SalesOrders.RESOURCE, order.id(),
				what + ": " + from + " -> " + order.status());
		order.events().forEach(this.events::publishEvent);
	}

	private static CancelReason reason(@Nullable String reason) {
		try {
			return CancelReason.valueOf(reason == null ? "" : reason.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.validation("reason",
					"must be one of " + java.util.Arrays.toString(CancelReason.values()));
		}
	}

}
