package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.sales.Configurations;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.PaymentSucceeded;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import io.forecourt.sales.Powertrain;
import io.forecourt.sales.PriceLine;
import io.forecourt.sales.PriceLineKind;
import io.forecourt.sales.PricedConfiguration;
import io.forecourt.sales.RefundView;
import io.forecourt.sales.stock.Allocation;
import io.forecourt.sales.stock.AllocationRequest;
import io.forecourt.sales.stock.StockAllocation;
import io.forecourt.sales.stock.VehicleAllocated;
import io.forecourt.sales.stock.VehicleArrived;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test stand-ins for the ports the catalog, payments and stock parts implement, used only
 * while those parts are not in this branch ({@code @ConditionalOnMissingBean}: the real
 * implementations win once merged). They behave as the contracts say: payments and
 * refunds are idempotent by key, an allocation from stock publishes
 * {@link VehicleAllocated}, and the tests drive the provider's callbacks and the
 * factory's deliveries through them.
 */
@AutoConfiguration
public class StandInSalesPorts {

	@Bean
	@ConditionalOnMissingBean(Configurations.class)
	StandInConfigurations standInConfigurations() {
		return new StandInConfigurations();
	}

	@Bean
	@ConditionalOnMissingBean(Payments.class)
	StandInPayments standInPayments(ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		return new StandInPayments(events, new TransactionTemplate(transactions), clock);
	}

	@Bean
	@ConditionalOnMissingBean(StockAllocation.class)
	StandInStock standInStock(ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		return new StandInStock(events, new TransactionTemplate(transactions), clock);
	}

	/** Two priced configurations of the demo catalog. */
	public static class StandInConfigurations implements Configurations {

		public static final String E5 = "TESTE5LR";

		public static final String S7 = "TESTS7LX";

		private final Map<String, PricedConfiguration> configurations = Map.of(E5,
				configuration(E5, "E5", "E5-LR", "华夏 E5 长续航版", "Huaxia E5 Long Range", Powertrain.BEV,
						new BigDecimal("209900.00")),
				S7, configuration(S7, "S7", "S7-LUXURY", "华夏 S7 豪华版", "Huaxia S7 Luxury", Powertrain.ICE,
						new BigDecimal("159900.00")));

		@Override
		public Optional<PricedConfiguration> find(String code) {
			return Optional.ofNullable(this.configurations.get(code.toUpperCase(java.util.Locale.ROOT)));
		}

		private static PricedConfiguration configuration(String code, String model, String trim, String zh, String en,
				Powertrain powertrain, BigDecimal trimPrice) {
			List<PriceLine> lines = List.of(
					new PriceLine(PriceLineKind.TRIM, trim, zh, en, trimPrice,
							trimPrice.multiply(new BigDecimal("0.92")).setScale(2), null),
					new PriceLine(PriceLineKind.EXTERIOR_COLOUR, "PEARL-WHITE", "珍珠白", "Pearl white",
							new BigDecimal("0.00"), new BigDecimal("0.00"), trim),
					new PriceLine(PriceLineKind.INTERIOR_COLOUR, "INT-BLACK", "黑色内饰", "Black interior",
							new BigDecimal("0.00"), new BigDecimal("0.00"), trim));
			return new PricedConfiguration(code, model, trim, "PEARL-WHITE", "INT-BLACK", zh, en, powertrain, lines,
					trimPrice, trimPrice.multiply(new BigDecimal("0.92")).setScale(2), LocalDate.of(2026, 11, 22),
					Instant.parse("2026-11-22T00:00:00Z"));
		}

	}

	/** A payment provider whose callbacks the tests send. */
	public static class StandInPayments implements Payments {

		private final Map<String, PaymentView> byKey = new ConcurrentHashMap<>();

		private final Map<UUID, PaymentView> byId = new ConcurrentHashMap<>();

		private final Map<String, RefundView> refunds = new ConcurrentHashMap<>();

		private final ApplicationEventPublisher events;

		private final TransactionTemplate transactions;

		private final Clock clock;

		StandInPayments(ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
			this.events = events;
			this.transactions = transactions;
			this.clock = clock;
		}

		@Override
		public synchronized PaymentView start(NewPayment payment) {
			// unique per purpose, reference and key, as the real port keeps them
			String unique = payment.purpose() + "/" + payment.reference() + "/" + payment.idempotencyKey();
			return this.byKey.computeIfAbsent(unique, key -> {
				UUID id = UUID.randomUUID();
				PaymentView view = new PaymentView(id, payment.purpose(), payment.reference(), payment.amount(),
						new BigDecimal("0.00"), PaymentStatus.PENDING, "simulated",
						"https://pay.example.test/checkout/" + id, this.clock.instant(), null);
				this.byId.put(id, view);
				return view;
			});
		}

		@Override
		public Optional<PaymentView> find(UUID paymentId) {
			return Optional.ofNullable(this.byId.get(paymentId));
		}

		@Override
		public List<PaymentView> paymentsFor(String purpose, UUID reference) {
			return this.byId.values()
				.stream()
				.filter(p -> p.purpose().equals(purpose) && p.reference().equals(reference))
				.sorted(java.util.Comparator.comparing(PaymentView::createdAt))
				.toList();
		}

		@Override
		public synchronized RefundView refund(UUID paymentId, BigDecimal amount, String reason, String idempotencyKey) {
			RefundView existing = this.refunds.get(idempotencyKey);
			if (existing != null) {
				return existing;
			}
			PaymentView payment = this.byId.get(paymentId);
			if (payment == null || payment.status() != PaymentStatus.SUCCEEDED
					|| payment.refunded().add(amount).compareTo(payment.amount()) > 0) {
				throw new IllegalStateException("Payment " + paymentId + " cannot refund " + amount);
			}
			this.byId.put(paymentId,
					new PaymentView(payment.id(), payment.purpose(), payment.reference(), payment.amount(),
							payment.refunded().add(amount), payment.status(), payment.provider(), null,
							payment.createdAt(), payment.paidAt()));
			RefundView refund = new RefundView(UUID.randomUUID(), paymentId, amount, reason,
					RefundView.RefundStatus.PENDING, this.clock.instant(), null);
			this.refunds.put(idempotencyKey, refund);
			return refund;
		}

		/** The provider confirms the payment: PaymentSucceeded, committed. */
		public PaymentSucceeded succeed(UUID paymentId) {
			PaymentView payment = this.byId.get(paymentId);
			Instant now = this.clock.instant();
			PaymentView paid = new PaymentView(payment.id(), payment.purpose(), payment.reference(), payment.amount(),
					payment.refunded(), PaymentStatus.SUCCEEDED, payment.provider(), null, payment.createdAt(), now);
			this.byId.put(paymentId, paid);
			PaymentSucceeded event = new PaymentSucceeded(paymentId, paid.purpose(), paid.reference(), paid.amount(),
					now);
			this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
			return event;
		}

		/** Publishes the same confirmation again, as a redelivered callback would. */
		public void redeliver(PaymentSucceeded event) {
			this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
		}

		/** The refunds asked for a payment. */
		public List<RefundView> refundsOf(UUID paymentId) {
			return this.refunds.values().stream().filter(r -> r.paymentId().equals(paymentId)).toList();
		}

	}

	/** Stock whose answer for an order each test chooses (from stock by default). */
	public static class StandInStock implements StockAllocation {

		/** What the next allocation finds. */
		public enum Outcome {

			AT_DEALER, IN_TRANSIT, FACTORY

		}

		private final Map<UUID, Outcome> planned = new ConcurrentHashMap<>();

		private final Map<UUID, Allocation> allocations = new ConcurrentHashMap<>();

		private final Set<UUID> released = ConcurrentHashMap.newKeySet();

		private final List<AllocationRequest> requests = new ArrayList<>();

		private final ApplicationEventPublisher events;

		private final TransactionTemplate transactions;

		private final Clock clock;

		StandInStock(ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
			this.events = events;
			this.transactions = transactions;
			this.clock = clock;
		}

		public void plan(UUID orderId, Outcome outcome) {
			this.planned.put(orderId, outcome);
		}

		@Override
		public synchronized Allocation allocate(AllocationRequest request) {
			Allocation existing = this.allocations.get(request.orderId());
			if (existing != null) {
				return existing;
			}
			this.requests.add(request);
			Outcome outcome = this.planned.getOrDefault(request.orderId(), Outcome.AT_DEALER);
			Instant now = this.clock.instant();
			Allocation allocation;
			if (outcome == Outcome.FACTORY) {
				allocation = new Allocation(request.orderId(), Allocation.Status.FACTORY_ORDERED, null, null,
						UUID.randomUUID(), false, now);
			}
			else {
				allocation = new Allocation(request.orderId(), Allocation.Status.ALLOCATED, TestVins.next(),
						UUID.randomUUID(), null, outcome == Outcome.IN_TRANSIT, now);
				// the real stock publishes this in the allocating transaction too
				this.events.publishEvent(new VehicleAllocated(request.orderId(), allocation.vin().value(),
						allocation.stockVehicleId(), allocation.inTransit(), now));
			}
			this.allocations.put(request.orderId(), allocation);
			return allocation;
		}

		@Override
		public void release(UUID orderId) {
			this.released.add(orderId);
			this.allocations.remove(orderId);
		}

		@Override
		public Optional<Allocation> allocationOf(UUID orderId) {
			return Optional.ofNullable(this.allocations.get(orderId));
		}

		public boolean released(UUID orderId) {
			return this.released.contains(orderId);
		}

		/** The factory built the order's car: VehicleAllocated, committed. */
		public VehicleAllocated fulfilFactoryOrder(UUID orderId, boolean inTransit) {
			Vin vin = TestVins.next();
			Instant now = this.clock.instant();
			Allocation allocation = new Allocation(orderId, Allocation.Status.ALLOCATED, vin, UUID.randomUUID(), null,
					inTransit, now);
			this.allocations.put(orderId, allocation);
			VehicleAllocated event = new VehicleAllocated(orderId, vin.value(), allocation.stockVehicleId(), inTransit,
					now);
			this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
			return event;
		}

		/** The order's car in transit reached the dealer: VehicleArrived, committed. */
		public void arrive(UUID orderId, UUID dealerId) {
			Allocation allocation = this.allocations.get(orderId);
			this.transactions
				.executeWithoutResult(status -> this.events.publishEvent(new VehicleArrived(allocation.stockVehicleId(),
						allocation.vin().value(), dealerId, orderId, this.clock.instant())));
		}

	}

}
