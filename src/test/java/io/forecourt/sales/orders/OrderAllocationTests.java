package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.OrderArrived;
import io.forecourt.sales.OrderVinAllocated;
import io.forecourt.sales.stock.StockAllocation;
import io.forecourt.sales.stock.VehicleAllocated;
import io.forecourt.sales.stock.VehicleArrived;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.forecourt.sales.orders.OrderWork.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What stock answers decides the order's next state: a car in transit (IN_TRANSIT, then
 * ARRIVED when it arrives), a factory order (the order waits for VehicleAllocated);
 * repeats change nothing, and a cancelled order takes no factory car. Stock is the real
 * one: cars registered, shipped and marked arrived through its API.
 */
@LeadLifecycleTest
class OrderAllocationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationEvents events;

	@Autowired
	OrderTestDrivers.Deposits payments;

	@Autowired
	StockAllocation stock;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	OrderWork work;

	OrderWork.Dealer haikou;

	@BeforeAll
	void people() throws Exception {
		this.work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		this.haikou = this.work.dealer();
	}

	private UUID signed(OrderWork.Supply supply) throws Exception {
		UUID order = this.work.place(this.haikou, null);
		this.work.supply(order, supply);
		var payment = this.payments.start(new NewPayment(OrderWorkflow.DEPOSIT, order, null, null,
				new BigDecimal("5000.00"), "test", "alloc-" + order));
		this.payments.succeed(payment.id());
		await(() -> this.work.statusOf(order).equals("DEPOSIT_PAID"));
		this.work.move(this.haikou.consultant(), order, "contract-signature").andExpect(status().isOk());
		return order;
	}

	/**
	 * Publishes a stock event again, committed, as a redelivery from the registry would.
	 */
	private void redeliver(Object event) {
		new TransactionTemplate(this.transactions).executeWithoutResult(tx -> this.publisher.publishEvent(event));
	}

	@Test
	void aCarInTransitArrivesLater() throws Exception {
		UUID order = signed(OrderWork.Supply.IN_TRANSIT);
		this.work.move(this.haikou.consultant(), order, "vin-allocation")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_TRANSIT"))
			.andExpect(jsonPath("$.vin").isNotEmpty());
		assertThat(this.events.stream(OrderVinAllocated.class).filter(e -> e.orderId().equals(order))).singleElement()
			.satisfies(e -> assertThat(e.inTransit()).isTrue());
		assertThat(this.work.carStatus(order)).isEqualTo("ALLOCATED");
		// the VehicleAllocated stock published with it finds the car already the order's
		Thread.sleep(300);
		assertThat(this.work.statusOf(order)).isEqualTo("IN_TRANSIT");
		this.work.move(this.haikou.consultant(), order, "pdi").andExpect(status().isConflict());

		this.work.markArrived(order).andExpect(status().isOk());
		await(() -> this.work.statusOf(order).equals("ARRIVED"));
		long version = this.work.version(order);
		this.work.markArrived(order).andExpect(status().isConflict());
		VehicleArrived arrival = this.events.stream(VehicleArrived.class)
			.filter(e -> order.equals(e.orderId()))
			.findFirst()
			.orElseThrow();
		redeliver(arrival);
		Thread.sleep(300);
		assertThat(this.work.version(order)).as("a repeated arrival changes nothing").isEqualTo(version);
		assertThat(this.events.stream(OrderArrived.class).filter(e -> e.orderId().equals(order))).hasSize(1);
	}

	@Test
	void aFactoryOrderWaitsForItsCar() throws Exception {
		UUID order = signed(OrderWork.Supply.FACTORY);
		this.work.move(this.haikou.consultant(), order, "vin-allocation")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONTRACT_SIGNED"))
			.andExpect(jsonPath("$.waitingForFactory").value(true))
			.andExpect(jsonPath("$.vin").doesNotExist());
		String vin = this.work.shipFactoryOrder(order);
		await(() -> this.work.statusOf(order).equals("IN_TRANSIT"));
		this.work.read(this.haikou.consultant(), "/api/v1/orders/" + order)
			.andExpect(jsonPath("$.vin").value(vin))
			.andExpect(jsonPath("$.waitingForFactory").value(false));
		this.work.markArrived(order).andExpect(status().isOk());
		await(() -> this.work.statusOf(order).equals("ARRIVED"));
	}

	@Test
	void aFactoryOrderIsCancelledWithItsOrderAndALateCarChangesNothing() throws Exception {
		UUID order = signed(OrderWork.Supply.FACTORY);
		this.work.move(this.haikou.consultant(), order, "vin-allocation").andExpect(status().isOk());
		this.work.move(this.haikou.manager(), order, "cancellation", "{\"reason\": \"DEALER_CANNOT_SUPPLY\"}")
			.andExpect(status().isOk());
		long version = this.work.version(order);
		UUID factoryOrder = this.jdbc.sql("SELECT id FROM factory_orders WHERE order_id = ?")
			.param(order)
			.query(UUID.class)
			.single();
		assertThat(this.work.count("SELECT count(*) FROM factory_orders WHERE id = ? AND status = 'CANCELLED'",
				factoryOrder))
			.isOne();
		this.work.shipment(factoryOrder, TestVins.next().value()).andExpect(status().isConflict());
		// a car allocated just before the cancellation whose event arrives after it
		redeliver(new VehicleAllocated(order, TestVins.next().value(), UUID.randomUUID(), true, Instant.now()));
		Thread.sleep(300);
		assertThat(this.stock.allocationOf(order)).isEmpty();
		assertThat(this.work.carStatus(order)).isNull();
		assertThat(this.work.statusOf(order)).isEqualTo("CANCELLED");
		assertThat(this.work.version(order)).isEqualTo(version);
	}

}
