package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.OrderArrived;
import io.forecourt.sales.OrderVinAllocated;
import io.forecourt.sales.stock.VehicleAllocated;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.orders.OrderWork.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What stock answers decides the order's next state: a car in transit (IN_TRANSIT, then
 * ARRIVED when it arrives), a factory order (the order waits for VehicleAllocated);
 * repeats change nothing, and a factory car for a cancelled order goes back.
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
	StandInSalesPorts.Deposits payments;

	@Autowired
	StandInSalesPorts.StandInStock stock;

	OrderWork work;

	OrderWork.Dealer haikou;

	@BeforeAll
	void people() throws Exception {
		this.work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		this.haikou = this.work.dealer();
	}

	private UUID signed(StandInSalesPorts.StandInStock.Outcome outcome) throws Exception {
		UUID order = this.work.place(this.haikou, null);
		this.stock.plan(order, outcome);
		var payment = this.payments.start(new NewPayment(OrderWorkflow.DEPOSIT, order, null, null,
				new BigDecimal("5000.00"), "test", "alloc-" + order));
		this.payments.succeed(payment.id());
		await(() -> this.work.statusOf(order).equals("DEPOSIT_PAID"));
		this.work.move(this.haikou.consultant(), order, "contract-signature").andExpect(status().isOk());
		return order;
	}

	@Test
	void aCarInTransitArrivesLater() throws Exception {
		UUID order = signed(StandInSalesPorts.StandInStock.Outcome.IN_TRANSIT);
		this.work.move(this.haikou.consultant(), order, "vin-allocation")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_TRANSIT"))
			.andExpect(jsonPath("$.vin").isNotEmpty());
		assertThat(this.events.stream(OrderVinAllocated.class).filter(e -> e.orderId().equals(order))).singleElement()
			.satisfies(e -> assertThat(e.inTransit()).isTrue());
		// the VehicleAllocated stock published with it finds the car already the order's
		Thread.sleep(300);
		assertThat(this.work.statusOf(order)).isEqualTo("IN_TRANSIT");
		this.work.move(this.haikou.consultant(), order, "pdi").andExpect(status().isConflict());

		this.stock.arrive(order, this.haikou.id());
		await(() -> this.work.statusOf(order).equals("ARRIVED"));
		long version = this.work.version(order);
		this.stock.arrive(order, this.haikou.id());
		Thread.sleep(300);
		assertThat(this.work.version(order)).as("a repeated arrival changes nothing").isEqualTo(version);
		assertThat(this.events.stream(OrderArrived.class).filter(e -> e.orderId().equals(order))).hasSize(1);
	}

	@Test
	void aFactoryOrderWaitsForItsCar() throws Exception {
		UUID order = signed(StandInSalesPorts.StandInStock.Outcome.FACTORY);
		this.work.move(this.haikou.consultant(), order, "vin-allocation")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONTRACT_SIGNED"))
			.andExpect(jsonPath("$.waitingForFactory").value(true))
			.andExpect(jsonPath("$.vin").doesNotExist());
		VehicleAllocated built = this.stock.fulfilFactoryOrder(order, true);
		await(() -> this.work.statusOf(order).equals("IN_TRANSIT"));
		this.work.read(this.haikou.consultant(), "/api/v1/orders/" + order)
			.andExpect(jsonPath("$.vin").value(built.vin()))
			.andExpect(jsonPath("$.waitingForFactory").value(false));
		this.stock.arrive(order, this.haikou.id());
		await(() -> this.work.statusOf(order).equals("ARRIVED"));
	}

	@Test
	void aFactoryCarForACancelledOrderGoesBack() throws Exception {
		UUID order = signed(StandInSalesPorts.StandInStock.Outcome.FACTORY);
		this.work.move(this.haikou.consultant(), order, "vin-allocation").andExpect(status().isOk());
		this.work.move(this.haikou.manager(), order, "cancellation", "{\"reason\": \"DEALER_CANNOT_SUPPLY\"}")
			.andExpect(status().isOk());
		long version = this.work.version(order);
		this.stock.fulfilFactoryOrder(order, false);
		await(() -> this.stock.allocationOf(order).isEmpty());
		assertThat(this.work.statusOf(order)).isEqualTo("CANCELLED");
		assertThat(this.work.version(order)).isEqualTo(version);
	}

}
