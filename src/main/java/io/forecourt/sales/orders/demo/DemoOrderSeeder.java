package io.forecourt.sales.orders.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.network.StaffSummary;
import io.forecourt.sales.catalog.ConfigurationChannel;
import io.forecourt.sales.catalog.ConfigurationOutcome;
import io.forecourt.sales.catalog.Selection;
import io.forecourt.sales.catalog.VehicleConfigurator;
import io.forecourt.sales.orders.NewOrder;
import io.forecourt.sales.orders.OrderPlacement;
import io.forecourt.sales.orders.OrderReads;
import io.forecourt.sales.orders.OrderStatus;
import io.forecourt.sales.orders.OrderView;
import io.forecourt.sales.orders.OrderWorkflow;
import io.forecourt.sales.payments.PaymentCallbacks;
import io.forecourt.sales.payments.ProviderCallback;
import io.forecourt.sales.payments.simulated.SignedCallback;
import io.forecourt.sales.payments.simulated.SimulatedPaymentProvider;
import io.forecourt.sales.payments.simulated.SimulatedProviderControls;
import io.forecourt.sales.stock.StockFilter;
import io.forecourt.sales.stock.StockReads;
import io.forecourt.sales.stock.StockStatus;
import io.forecourt.sales.stock.StockVehicleView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds a few orders at SH-001 on the first start of the embedded default, one per stage
 * of the pipeline, through the same services staff and the payment provider use: each car
 * is configured in the catalog (its demo price lists), the order placed for a demo buyer
 * by the consultant 李娜, the deposit paid through the simulated provider, and the car
 * taken from SH-001's demo stock. Order 360: after the catalog (300) and stock (340).
 */
@Component
@Order(360)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoOrderSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrderSeeder.class);

	private static final String DEALER = "SH-001";

	/** How long to wait for the provider's confirmation to reach the order. */
	private static final Duration DEPOSIT_WAIT = Duration.ofSeconds(15);

	/**
	 * Buyers' first names and demo mobiles (the 1390000xxxx range no demo customer uses).
	 */
	private static final String[][] BUYERS = { { "子涵", "13900001601" }, { "浩然", "13900001602" },
			{ "欣怡", "13900001603" }, { "宇轩", "13900001604" }, { "梓萱", "13900001605" }, { "俊杰", "13900001606" },
			{ "雨桐", "13900001607" } };

	private final VehicleConfigurator configurator;

	private final OrderPlacement placement;

	private final OrderWorkflow workflow;

	private final OrderReads reads;

	private final StockReads stock;

	private final DealerNetwork network;

	private final ObjectProvider<SimulatedProviderControls> provider;

	private final PaymentCallbacks callbacks;

	private final JdbcClient jdbc;

	DemoOrderSeeder(VehicleConfigurator configurator, OrderPlacement placement, OrderWorkflow workflow,
			OrderReads reads, StockReads stock, DealerNetwork network,
			ObjectProvider<SimulatedProviderControls> provider, PaymentCallbacks callbacks, JdbcClient jdbc) {
		this.configurator = configurator;
		this.placement = placement;
		this.workflow = workflow;
		this.reads = reads;
		this.stock = stock;
		this.network = network;
		this.provider = provider;
		this.callbacks = callbacks;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("SELECT count(*) FROM sales_orders").query(Long.class).single() > 0) {
			return;
		}
		Optional<DealerSummary> dealer = this.network.activeDealers()
			.stream()
			.filter(d -> DEALER.equals(d.code()))
			.findFirst();
		SimulatedProviderControls payments = this.provider.getIfAvailable();
		if (dealer.isEmpty() || payments == null) {
			log.warn("Demo orders not seeded: dealer {} or the simulated payment provider missing", DEALER);
			return;
		}
		try {
			CurrentAccess.asSystem(() -> seed(dealer.get().id(), payments));
		}
		catch (RuntimeException ex) {
			// demo data is a convenience: a failure must not stop the application
			log.warn("Demo orders only partly seeded: {}", ex.toString());
		}
	}

	private void seed(UUID dealerId, SimulatedProviderControls payments) {
		UUID consultant = consultant(dealerId);
		List<StockVehicleView> inStock = free(dealerId, StockStatus.IN_STOCK);
		// allocation prefers a car standing at the dealer: only a car on its way whose
		// specification none of them has makes an order IN_TRANSIT
		List<String> standingSpecs = inStock.stream().map(DemoOrderSeeder::spec).toList();
		List<StockVehicleView> inTransit = new ArrayList<>(free(dealerId, StockStatus.IN_TRANSIT).stream()
			.filter(car -> !standingSpecs.contains(spec(car)))
			.toList());
		int buyer = 0;
		int seeded = 0;

		// CREATED: placed, the deposit not paid yet
		if (place(configure("E5", "E5-LR", "PEARL-WHITE", "INT-BLACK"), dealerId, consultant, buyer++) != null) {
			seeded++;
		}
		// DEPOSIT_PAID
		OrderView paid = place(configure("S7", "S7-LUXURY", "OBSIDIAN-BLACK", "INT-BEIGE"), dealerId, consultant,
				buyer++);
		if (paid != null && deposit(paid, payments) != null) {
			seeded++;
		}
		// CONTRACT_SIGNED, its car not yet allocated
		OrderView signed = paidOrder(configure("M9", "M9-BUSINESS", "AZURE-BLUE", "INT-BLACK"), dealerId, consultant,
				buyer++, payments);
		if (signed != null && sign(signed) != null) {
			seeded++;
		}
		// IN_TRANSIT: a car on its way to SH-001
		if (allocated(inTransit, dealerId, consultant, buyer++, payments) != null) {
			seeded++;
		}
		// ARRIVED, PDI_DONE and DELIVERED: cars standing at SH-001
		List<StockVehicleView> standing = new ArrayList<>(inStock);
		OrderView arrived = allocated(standing, dealerId, consultant, buyer++, payments);
		if (arrived != null) {
			seeded++;
		}
		OrderView inspected = allocated(standing, dealerId, consultant, buyer++, payments);
		if (inspected != null) {
			this.workflow.markPdiDone(inspected.id(), inspected.version());
			seeded++;
		}
		OrderView delivered = allocated(standing, dealerId, consultant, buyer, payments);
		if (delivered != null) {
			OrderView done = this.workflow.markPdiDone(delivered.id(), delivered.version());
			this.workflow.deliver(done.id(), done.version());
			seeded++;
		}
		log.info("Seeded {} demo orders at {}", seeded, DEALER);
	}

	/**
	 * Places, pays, signs and allocates an order for the first car of the list the
	 * catalog can price (the car is taken off the list).
	 */
	private @Nullable OrderView allocated(List<StockVehicleView> cars, UUID dealerId, UUID consultant, int buyer,
			SimulatedProviderControls payments) {
		while (!cars.isEmpty()) {
			StockVehicleView car = cars.remove(0);
			String code = configure(car.modelCode(), car.trimCode(), car.exteriorColourCode(),
					car.interiorColourCode());
			if (code == null) {
				continue;
			}
			OrderView order = paidOrder(code, dealerId, consultant, buyer, payments);
			OrderView contract = order == null ? null : sign(order);
			return contract == null ? null : this.workflow.allocateVin(contract.id(), contract.version());
		}
		return null;
	}

	private @Nullable OrderView paidOrder(@Nullable String code, UUID dealerId, UUID consultant, int buyer,
			SimulatedProviderControls payments) {
		OrderView order = place(code, dealerId, consultant, buyer);
		return order == null ? null : deposit(order, payments);
	}

	private @Nullable OrderView sign(OrderView order) {
		return this.workflow.signContract(order.id(), order.version());
	}

	/**
	 * The catalog's share code of the configuration, or null when it cannot be priced.
	 */
	private @Nullable String configure(String model, String trim, String exterior, String interior) {
		ConfigurationOutcome outcome = this.configurator.configure(
				new Selection(model, trim, exterior, interior, List.of(), List.of(), null),
				ConfigurationChannel.CONSOLE, Locale.SIMPLIFIED_CHINESE);
		return outcome instanceof ConfigurationOutcome.Priced priced ? priced.configuration().code() : null;
	}

	private @Nullable OrderView place(@Nullable String code, UUID dealerId, UUID consultant, int buyer) {
		if (code == null) {
			return null;
		}
		return this.placement.place(
				new NewOrder(code, null, null, BUYERS[buyer][1], BUYERS[buyer][0], null, dealerId, consultant, null));
	}

	/**
	 * The buyer pays the deposit at the simulated provider's checkout and its signed
	 * callback is received; the order becomes DEPOSIT_PAID when the payment listener has
	 * applied the confirmation (asynchronously, after the callback's commit).
	 */
	private @Nullable OrderView deposit(OrderView order, SimulatedProviderControls payments) {
		UUID payment = this.workflow.startDeposit(order.id(), "demo-deposit-" + order.id()).id();
		payments.pay(payment);
		for (SignedCallback callback : payments.takeQueued(payment)) {
			this.callbacks.receive(SimulatedPaymentProvider.CODE,
					new ProviderCallback(callback.headers(), callback.body().getBytes(StandardCharsets.UTF_8)));
		}
		long deadline = System.nanoTime() + DEPOSIT_WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			OrderView now = this.reads.view(order.id());
			if (now.status() == OrderStatus.DEPOSIT_PAID) {
				return now;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
		log.warn("Demo order {}: the deposit confirmation did not arrive in time", order.id());
		return null;
	}

	private static String spec(StockVehicleView car) {
		return car.trimCode() + "/" + car.exteriorColourCode() + "/" + car.interiorColourCode();
	}

	private List<StockVehicleView> free(UUID dealerId, StockStatus status) {
		return new ArrayList<>(this.stock
			.find(new StockFilter(dealerId, null, null, status, null, null, null, null), new PageRequest(0, 50))
			.items());
	}

	/** 李娜, the demo sign-in sh001.sales, when she is there; else the first consultant. */
	private UUID consultant(UUID dealerId) {
		List<StaffSummary> consultants = this.network.activeStaff(dealerId, Role.SALES_CONSULTANT);
		return consultants.stream()
			.filter(s -> "李娜".equals(s.name()))
			.findFirst()
			.or(() -> consultants.stream().findFirst())
			.map(StaffSummary::id)
			.orElseThrow(() -> new IllegalStateException("no consultant at " + DEALER));
	}

}
