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

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.sales.Configurations;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.PaymentSucceeded;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import io.forecourt.sales.Powertrain;
import io.forecourt.sales.PriceLine;
import io.forecourt.sales.PriceLineKind;
import io.forecourt.sales.PricedConfiguration;
import io.forecourt.sales.payments.PaymentCallbacks;
import io.forecourt.sales.payments.ProviderCallback;
import io.forecourt.sales.payments.simulated.SignedCallback;
import io.forecourt.sales.payments.simulated.SimulatedPaymentProvider;
import io.forecourt.sales.payments.simulated.SimulatedProviderControls;
import io.forecourt.sales.stock.Allocation;
import io.forecourt.sales.stock.AllocationRequest;
import io.forecourt.sales.stock.StockAllocation;
import io.forecourt.sales.stock.VehicleAllocated;
import io.forecourt.sales.stock.VehicleArrived;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test stand-ins for the ports the catalog and stock parts implement, used only while
 * those parts are not in this branch ({@code @ConditionalOnMissingBean}: the real
 * implementations win once merged), and a driver of the real payment port. They behave as
 * the contracts say: an allocation from stock publishes {@link VehicleAllocated}, and the
 * tests drive the provider's callbacks and the factory's deliveries through them.
 */
@AutoConfiguration
public class StandInSalesPorts {

	@Bean
	@ConditionalOnMissingBean(Configurations.class)
	StandInConfigurations standInConfigurations() {
		return new StandInConfigurations();
	}

	@Bean
	@ConditionalOnBean(SimulatedProviderControls.class)
	Deposits deposits(Payments payments, SimulatedProviderControls provider, PaymentCallbacks callbacks,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, JdbcClient jdbc) {
		return new Deposits(payments, provider, callbacks, events, new TransactionTemplate(transactions), jdbc);
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

	/**
	 * Drives the real payment port through the simulated provider: the payer pays, and
	 * the provider's signed callback is received as it would arrive over HTTP.
	 */
	public static class Deposits {

		private final Payments payments;

		private final SimulatedProviderControls provider;

		private final PaymentCallbacks callbacks;

		private final ApplicationEventPublisher events;

		private final TransactionTemplate transactions;

		private final JdbcClient jdbc;

		Deposits(Payments payments, SimulatedProviderControls provider, PaymentCallbacks callbacks,
				ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
			this.payments = payments;
			this.provider = provider;
			this.callbacks = callbacks;
			this.events = events;
			this.transactions = transactions;
			this.jdbc = jdbc;
		}

		public PaymentView start(NewPayment payment) {
			return CurrentAccess.asSystem(() -> this.payments.start(payment));
		}

		public List<PaymentView> paymentsFor(String purpose, UUID reference) {
			return this.payments.paymentsFor(purpose, reference);
		}

		/** The payer pays and the provider's callback arrives: PaymentSucceeded. */
		public PaymentSucceeded succeed(UUID paymentId) {
			this.provider.pay(paymentId);
			for (SignedCallback callback : this.provider.takeQueued(paymentId)) {
				this.callbacks.receive(SimulatedPaymentProvider.CODE, new ProviderCallback(callback.headers(),
						callback.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
			PaymentView paid = this.payments.find(paymentId).orElseThrow();
			return new PaymentSucceeded(paid.id(), paid.purpose(), paid.reference(), paid.amount(),
					java.util.Objects.requireNonNull(paid.paidAt()));
		}

		/**
		 * Publishes the confirmation again, as a redelivery from the event registry
		 * would.
		 */
		public void redeliver(PaymentSucceeded event) {
			this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
		}

		/** The refunds asked of the provider for a payment. */
		public List<AskedRefund> refundsOf(UUID paymentId) {
			return this.jdbc.sql("SELECT amount, idempotency_key FROM payment_refunds WHERE payment_id = ?")
				.param(paymentId)
				.query((rs, n) -> new AskedRefund(rs.getBigDecimal("amount"), rs.getString("idempotency_key")))
				.list();
		}

		public record AskedRefund(BigDecimal amount, String idempotencyKey) {
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
