package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.OrderArrived;
import io.forecourt.sales.OrderCancelled;
import io.forecourt.sales.OrderContractSigned;
import io.forecourt.sales.OrderDelivered;
import io.forecourt.sales.OrderDepositPaid;
import io.forecourt.sales.OrderInspected;
import io.forecourt.sales.OrderPlaced;
import io.forecourt.sales.OrderVinAllocated;
import io.forecourt.sales.PriceLine;
import io.forecourt.sales.PriceLineKind;
import io.forecourt.sales.PricedConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * An order, the aggregate: each transition checks the current state (a wrong one is a 409
 * problem and changes nothing), moves the order on, and registers the event and the step
 * that {@link SalesOrders} writes and the service publishes in the same transaction.
 */
public final class SalesOrder {

	private final UUID id;

	private final Snapshot car;

	private final BigDecimal depositAmount;

	private final UUID customerId;

	private final @Nullable String buyerFirstName;

	private final @Nullable UUID leadId;

	private final UUID dealerId;

	private final @Nullable UUID consultantId;

	private final String progressToken;

	private final Instant placedAt;

	private final String createdBy;

	private final long version;

	private final Origin origin;

	private OrderStatus status;

	private @Nullable UUID depositPaymentId;

	private @Nullable BigDecimal depositPaid;

	private @Nullable String vin;

	private @Nullable UUID stockVehicleId;

	private @Nullable UUID factoryOrderId;

	private @Nullable CancelReason cancelReason;

	private @Nullable BigDecimal refunded;

	private @Nullable BigDecimal forfeited;

	private final List<Object> events = new ArrayList<>();

	private final List<Step> newSteps = new ArrayList<>();

	/** The priced configuration as the order keeps it. */
	public record Snapshot(String configurationCode, String modelCode, String trimCode, String exteriorColourCode,
			String interiorColourCode, String nameZh, String nameEn, BigDecimal total, List<PriceLine> lines) {

		public Snapshot {
			lines = List.copyOf(lines);
		}

		static Snapshot of(PricedConfiguration configuration) {
			return new Snapshot(configuration.code(), configuration.modelCode(), configuration.trimCode(),
					configuration.exteriorColourCode(), configuration.interiorColourCode(), configuration.nameZh(),
					configuration.nameEn(), configuration.msrpTotal(), configuration.lines());
		}

		/**
		 * The configuration as a quote sold it: its lines and a discount line, so the
		 * total is the quote's invoice price.
		 * @param invoicePrice the quote's MSRP less its discount
		 */
		static Snapshot quoted(PricedConfiguration configuration, String quoteNumber, BigDecimal discount,
				BigDecimal invoicePrice) {
			List<PriceLine> lines = new ArrayList<>(configuration.lines());
			if (discount.signum() > 0) {
				lines.add(new PriceLine(PriceLineKind.DISCOUNT, quoteNumber, "报价优惠 " + quoteNumber,
						"Discount of quote " + quoteNumber, discount.negate().setScale(2), BigDecimal.ZERO.setScale(2),
						null));
			}
			BigDecimal total = configuration.msrpTotal().subtract(discount).setScale(2);
			if (total.compareTo(invoicePrice) != 0) {
				// the quote priced this very configuration (stored configurations never
				// change)
				throw new IllegalStateException("Quote " + quoteNumber + " invoices " + invoicePrice + ", but "
						+ configuration.code() + " less its discount is " + total);
			}
			return new Snapshot(configuration.code(), configuration.modelCode(), configuration.trimCode(),
					configuration.exteriorColourCode(), configuration.interiorColourCode(), configuration.nameZh(),
					configuration.nameEn(), total, lines);
		}

	}

	/**
	 * Where the order came from: staff placing it from a configuration (all null), from a
	 * quote, or a source such as a presale placing it for its own record.
	 *
	 * @param source who placed it, e.g. {@code PRESALE}; with {@code sourceReference}
	 * unique, so that source never places two orders for one record
	 * @param sourceReference the source's record, e.g. the reservation
	 * @param quoteId the quote whose configuration and discount it took
	 */
	public record Origin(@Nullable String source, @Nullable UUID sourceReference, @Nullable UUID quoteId) {

		static final Origin STAFF = new Origin(null, null, null);

		static Origin source(String source, UUID reference) {
			return new Origin(source, reference, null);
		}

		static Origin quote(UUID quoteId) {
			return new Origin(null, null, quoteId);
		}

	}

	/** A state the order reached. */
	public record Step(OrderStatus status, Instant at, String actor, @Nullable String note) {
	}

	/** The state columns as they are stored, for {@link SalesOrders} to load an order. */
	record State(OrderStatus status, @Nullable UUID depositPaymentId, @Nullable BigDecimal depositPaid,
			@Nullable String vin, @Nullable UUID stockVehicleId, @Nullable UUID factoryOrderId,
			@Nullable CancelReason cancelReason, @Nullable BigDecimal refunded, @Nullable BigDecimal forfeited) {
	}

	SalesOrder(UUID id, Snapshot car, BigDecimal depositAmount, UUID customerId, @Nullable String buyerFirstName,
			@Nullable UUID leadId, UUID dealerId, @Nullable UUID consultantId, String progressToken, Instant placedAt,
			String createdBy, long version, Origin origin, State state) {
		this.id = id;
		this.car = car;
		this.depositAmount = depositAmount;
		this.customerId = customerId;
		this.buyerFirstName = buyerFirstName;
		this.leadId = leadId;
		this.dealerId = dealerId;
		this.consultantId = consultantId;
		this.progressToken = progressToken;
		this.placedAt = placedAt;
		this.createdBy = createdBy;
		this.version = version;
		this.origin = origin;
		this.status = state.status();
		this.depositPaymentId = state.depositPaymentId();
		this.depositPaid = state.depositPaid();
		this.vin = state.vin();
		this.stockVehicleId = state.stockVehicleId();
		this.factoryOrderId = state.factoryOrderId();
		this.cancelReason = state.cancelReason();
		this.refunded = state.refunded();
		this.forfeited = state.forfeited();
	}

	/** A new order, CREATED, with its {@link OrderPlaced} event. */
	static SalesOrder place(UUID id, PricedConfiguration configuration, BigDecimal depositAmount, UUID customerId,
			@Nullable String buyerFirstName, @Nullable UUID leadId, UUID dealerId, @Nullable UUID consultantId,
			String progressToken, Instant now, String actor) {
		return place(id, Snapshot.of(configuration), depositAmount, customerId, buyerFirstName, leadId, dealerId,
				consultantId, progressToken, now, actor, Origin.STAFF);
	}

	/**
	 * A new order whose deposit was paid before it existed: CREATED and at once
	 * DEPOSIT_PAID with that payment, with both events. Cancelling it refunds through the
	 * same payment.
	 */
	static SalesOrder placePrepaid(UUID id, PricedConfiguration configuration, UUID paymentId, BigDecimal deposit,
			UUID customerId, @Nullable String buyerFirstName, UUID dealerId, String progressToken, Instant now,
			String actor, Origin origin) {
		SalesOrder order = place(id, Snapshot.of(configuration), deposit, customerId, buyerFirstName, null, dealerId,
				null, progressToken, now, actor, origin);
		order.depositPaid(paymentId, deposit, now);
		return order;
	}

	/**
	 * A new order of the car as it was priced (from a quote: {@link Snapshot#quoted}),
	 * CREATED, with its {@link OrderPlaced} event.
	 */
	static SalesOrder place(UUID id, Snapshot car, BigDecimal depositAmount, UUID customerId,
			@Nullable String buyerFirstName, @Nullable UUID leadId, UUID dealerId, @Nullable UUID consultantId,
			String progressToken, Instant now, String actor, Origin origin) {
		if (depositAmount.signum() <= 0 || depositAmount.compareTo(car.total()) > 0) {
			throw ProblemException.validation("depositAmount",
					"must be more than 0 and at most the total " + car.total());
		}
		SalesOrder order = new SalesOrder(id, car, depositAmount, customerId, buyerFirstName, leadId, dealerId,
				consultantId, progressToken, now, actor, 0, origin,
				new State(OrderStatus.CREATED, null, null, null, null, null, null, null, null));
		order.step(OrderStatus.CREATED, now, actor, null);
		order.events.add(new OrderPlaced(id, customerId, leadId, dealerId, consultantId, car.modelCode(),
				car.trimCode(), car.total(), now));
		return order;
	}

	/**
	 * The deposit arrived.
	 * @throws ProblemException conflict unless the order is CREATED
	 */
	void depositPaid(UUID paymentId, BigDecimal amount, Instant at) {
		require("record the deposit", OrderStatus.CREATED);
		this.depositPaymentId = paymentId;
		this.depositPaid = amount;
		step(OrderStatus.DEPOSIT_PAID, at, "payment " + paymentId, null);
		this.events
			.add(new OrderDepositPaid(this.id, this.customerId, this.leadId, this.dealerId, paymentId, amount, at));
	}

	void contractSigned(Instant at, String actor) {
		require("sign the contract", OrderStatus.DEPOSIT_PAID);
		step(OrderStatus.CONTRACT_SIGNED, at, actor, null);
		this.events.add(new OrderContractSigned(this.id, this.customerId, this.leadId, this.dealerId, at));
	}

	/** Whether the order waits for a car (contract signed, no VIN yet). */
	boolean awaitsCar() {
		return this.status == OrderStatus.CONTRACT_SIGNED;
	}

	/**
	 * @throws ProblemException conflict unless the order waits for its car
	 */
	void requireAwaitingCar() {
		require("allocate a VIN", OrderStatus.CONTRACT_SIGNED);
	}

	/** The order asked for a car it does not have yet: the factory builds it. */
	void factoryOrdered(UUID factoryOrderId) {
		require("wait for a factory car", OrderStatus.CONTRACT_SIGNED);
		this.factoryOrderId = factoryOrderId;
	}

	/**
	 * A car became the order's. One in the dealer's stock is there already, so the order
	 * moves on to ARRIVED with it; one in transit leaves the order IN_TRANSIT.
	 */
	void vinAllocated(String vin, UUID stockVehicleId, boolean inTransit, Instant at, String actor) {
		require("allocate a VIN", OrderStatus.CONTRACT_SIGNED);
		this.vin = vin;
		this.stockVehicleId = stockVehicleId;
		step(OrderStatus.VIN_ALLOCATED, at, actor, vin);
		this.events.add(new OrderVinAllocated(this.id, this.customerId, this.dealerId, vin, inTransit, at));
		if (inTransit) {
			step(OrderStatus.IN_TRANSIT, at, actor, null);
		}
		else {
			arrive(at, actor);
		}
	}

	/** Whether this car is the order's. */
	boolean hasCar(String vin) {
		return vin.equals(this.vin);
	}

	void arrived(Instant at, String actor) {
		require("record the car's arrival", OrderStatus.IN_TRANSIT);
		arrive(at, actor);
	}

	void pdiDone(Instant at, String actor) {
		require("record the pre-delivery inspection", OrderStatus.ARRIVED);
		step(OrderStatus.PDI_DONE, at, actor, null);
		this.events
			.add(new OrderInspected(this.id, this.customerId, this.dealerId, Objects.requireNonNull(this.vin), at));
	}

	void delivered(Instant at, String actor) {
		require("deliver", OrderStatus.PDI_DONE);
		step(OrderStatus.DELIVERED, at, actor, null);
		this.events.add(new OrderDelivered(this.id, this.customerId, this.leadId, this.dealerId,
				Objects.requireNonNull(this.vin), at));
	}

	/**
	 * What cancelling now for this reason would refund, without cancelling.
	 * @throws ProblemException conflict once delivered or cancelled
	 */
	CancellationPolicy.Refund refundIf(CancelReason reason) {
		requireCancellable();
		return CancellationPolicy.refundFor(this.status, reason, paidAndKept());
	}

	/**
	 * Cancels the order with the refund the policy gives; the service asks the payment
	 * port for it.
	 */
	CancellationPolicy.Refund cancel(CancelReason reason, @Nullable String note, Instant at, String actor) {
		CancellationPolicy.Refund refund = refundIf(reason);
		OrderStatus from = this.status;
		this.cancelReason = reason;
		this.refunded = refund.refund();
		this.forfeited = refund.forfeited();
		step(OrderStatus.CANCELLED, at, actor, reason + (note == null ? "" : ": " + note));
		this.events.add(new OrderCancelled(this.id, this.customerId, this.leadId, this.dealerId, from.name(),
				reason.name(), refund.refund(), refund.forfeited(), at));
		return refund;
	}

	private void arrive(Instant at, String actor) {
		step(OrderStatus.ARRIVED, at, actor, null);
		this.events
			.add(new OrderArrived(this.id, this.customerId, this.dealerId, Objects.requireNonNull(this.vin), at));
	}

	private BigDecimal paidAndKept() {
		return this.depositPaid == null ? BigDecimal.ZERO.setScale(2) : this.depositPaid;
	}

	private void requireCancellable() {
		if (this.status.isFinal()) {
			throw illegal("cancel");
		}
	}

	private void require(String action, OrderStatus expected) {
		if (this.status != expected) {
			throw illegal(action);
		}
	}

	private ProblemException illegal(String action) {
		return new ProblemException(ProblemType.CONFLICT,
				"Order " + this.id + " is " + this.status + "; cannot " + action + " now",
				Map.of("orderStatus", this.status.name()));
	}

	private void step(OrderStatus to, Instant at, String actor, @Nullable String note) {
		this.status = to;
		this.newSteps.add(new Step(to, at, actor, note));
	}

	List<Object> events() {
		return List.copyOf(this.events);
	}

	List<Step> newSteps() {
		return List.copyOf(this.newSteps);
	}

	public UUID id() {
		return this.id;
	}

	public Snapshot car() {
		return this.car;
	}

	public BigDecimal depositAmount() {
		return this.depositAmount;
	}

	public UUID customerId() {
		return this.customerId;
	}

	public @Nullable String buyerFirstName() {
		return this.buyerFirstName;
	}

	public @Nullable UUID leadId() {
		return this.leadId;
	}

	public UUID dealerId() {
		return this.dealerId;
	}

	public @Nullable UUID consultantId() {
		return this.consultantId;
	}

	public String progressToken() {
		return this.progressToken;
	}

	public Instant placedAt() {
		return this.placedAt;
	}

	public String createdBy() {
		return this.createdBy;
	}

	/** The version it was loaded at (the ETag). */
	public long version() {
		return this.version;
	}

	public Origin origin() {
		return this.origin;
	}

	public OrderStatus status() {
		return this.status;
	}

	public @Nullable UUID depositPaymentId() {
		return this.depositPaymentId;
	}

	public @Nullable BigDecimal depositPaid() {
		return this.depositPaid;
	}

	public @Nullable String vin() {
		return this.vin;
	}

	public @Nullable UUID stockVehicleId() {
		return this.stockVehicleId;
	}

	public @Nullable UUID factoryOrderId() {
		return this.factoryOrderId;
	}

	public @Nullable CancelReason cancelReason() {
		return this.cancelReason;
	}

	public @Nullable BigDecimal refunded() {
		return this.refunded;
	}

	public @Nullable BigDecimal forfeited() {
		return this.forfeited;
	}

}
