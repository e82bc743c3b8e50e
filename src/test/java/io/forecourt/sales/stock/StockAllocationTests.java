package io.forecourt.sales.stock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Allocation as the orders code uses it: which car an order gets, idempotence, release,
 * factory orders and their fulfilment, arrival and delivery, with the events each
 * publishes.
 */
@StockTest
class StockAllocationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	StockAllocation allocation;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	StockFixture stock;

	@BeforeAll
	void fixture() {
		this.stock = new StockFixture(this.mvc, this.jdbc, this.accounts);
	}

	@Test
	void anOrderGetsTheDealersOldestCarInStockThenTheSoonestInTransitThenAFactoryOrder() throws Exception {
		UUID dealer = this.stock.dealer();
		UUID other = this.stock.dealer();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Shanghai"));
		UUID recent = this.stock.inStock(dealer, "E5-LR", "PEARL-WHITE", now.minus(Duration.ofDays(10)));
		UUID later = this.stock.inTransit(dealer, "E5-LR", "PEARL-WHITE", today.plusDays(10));
		UUID oldest = this.stock.inStock(dealer, "E5-LR", "PEARL-WHITE", now.minus(Duration.ofDays(40)));
		UUID soonest = this.stock.inTransit(dealer, "E5-LR", "PEARL-WHITE", today.plusDays(3));
		// never taken: another dealer's older car, and older cars of another spec
		this.stock.inStock(other, "E5-LR", "PEARL-WHITE", now.minus(Duration.ofDays(100)));
		this.stock.inStock(dealer, "E5-LR", "AZURE-BLUE", now.minus(Duration.ofDays(100)));
		this.stock.inStock(dealer, "E5-STD", "PEARL-WHITE", now.minus(Duration.ofDays(100)));

		List<Allocation> allocations = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			allocations.add(this.allocation.allocate(StockFixture.request(dealer, "E5-LR", "PEARL-WHITE")));
		}

		assertThat(allocations.subList(0, 4)).extracting(Allocation::stockVehicleId)
			.containsExactly(oldest, recent, soonest, later);
		assertThat(allocations.subList(0, 4)).extracting(Allocation::inTransit)
			.containsExactly(false, false, true, true);
		assertThat(allocations.subList(0, 4))
			.allMatch(a -> a.status() == Allocation.Status.ALLOCATED && a.vin() != null);
		Allocation factory = allocations.get(4);
		assertThat(factory.status()).isEqualTo(Allocation.Status.FACTORY_ORDERED);
		assertThat(factory.vin()).isNull();
		assertThat(factory.factoryOrderId()).isNotNull();
		assertThat(this.events.stream(VehicleAllocated.class)
			.filter(e -> allocations.stream().anyMatch(a -> a.orderId().equals(e.orderId())))).hasSize(4);
		assertThat(this.events.stream(FactoryOrderRaised.class)).singleElement().satisfies(e -> {
			assertThat(e.orderId()).isEqualTo(factory.orderId());
			assertThat(e.factoryOrderId()).isEqualTo(factory.factoryOrderId());
			assertThat(e.trimCode()).isEqualTo("E5-LR");
		});
		assertThat(this.jdbc.sql("SELECT status FROM stock_vehicles WHERE id = ?")
			.param(oldest)
			.query(String.class)
			.single()).isEqualTo("ALLOCATED");
	}

	@Test
	void allocatingAnOrderAgainReturnsItsCarAndTakesNoOther() throws Exception {
		UUID dealer = this.stock.dealer();
		this.stock.inStock(dealer, "S7-COMFORT", "OBSIDIAN-BLACK", this.clock.instant().minus(Duration.ofDays(3)));
		this.stock.inStock(dealer, "S7-COMFORT", "OBSIDIAN-BLACK", this.clock.instant().minus(Duration.ofDays(2)));
		AllocationRequest request = StockFixture.request(dealer, "S7-COMFORT", "OBSIDIAN-BLACK");

		Allocation first = this.allocation.allocate(request);
		Allocation again = this.allocation.allocate(request);

		assertThat(again.vin()).isEqualTo(first.vin());
		assertThat(again.stockVehicleId()).isEqualTo(first.stockVehicleId());
		assertThat(this.jdbc.sql("SELECT count(*) FROM stock_vehicles WHERE dealer_id = ? AND status = 'ALLOCATED'")
			.param(dealer)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.events.stream(VehicleAllocated.class)).hasSize(1);
		assertThat(this.allocation.allocationOf(request.orderId())).contains(first);
	}

	@Test
	void releasingAnOrderReturnsItsCarToStockForTheNextOrder() throws Exception {
		UUID dealer = this.stock.dealer();
		UUID car = this.stock.inStock(dealer, "M9-BUSINESS", "CINNABAR-RED",
				this.clock.instant().minus(Duration.ofDays(1)));
		AllocationRequest cancelled = StockFixture.request(dealer, "M9-BUSINESS", "CINNABAR-RED");
		assertThat(this.allocation.allocate(cancelled).stockVehicleId()).isEqualTo(car);

		this.allocation.release(cancelled.orderId());

		assertThat(this.allocation.allocationOf(cancelled.orderId())).isEmpty();
		assertThat(this.jdbc.sql("SELECT status FROM stock_vehicles WHERE id = ? AND order_id IS NULL")
			.param(car)
			.query(String.class)
			.single()).isEqualTo("IN_STOCK");
		Allocation next = this.allocation.allocate(StockFixture.request(dealer, "M9-BUSINESS", "CINNABAR-RED"));
		assertThat(next.stockVehicleId()).isEqualTo(car);
		// releasing an order without a car changes nothing
		this.allocation.release(UUID.randomUUID());
		assertThat(this.allocation.allocationOf(next.orderId())).isPresent();
	}

	@Test
	void releasingAFactoryOrderedOrderCancelsTheFactoryOrderAndItsCarCannotBeShippedAgainstIt() throws Exception {
		UUID dealer = this.stock.dealer();
		Allocation ordered = this.allocation.allocate(StockFixture.request(dealer, "M9-FLAGSHIP", "PEARL-WHITE"));
		assertThat(ordered.status()).isEqualTo(Allocation.Status.FACTORY_ORDERED);

		this.allocation.release(ordered.orderId());

		assertThat(this.jdbc.sql("SELECT status FROM factory_orders WHERE id = ?")
			.param(ordered.factoryOrderId())
			.query(String.class)
			.single()).isEqualTo("CANCELLED");
		long before = this.stock.vehicles();
		this.stock
			.post(this.stock.hq, "/api/v1/factory-orders/" + ordered.factoryOrderId() + "/shipments",
					"{\"vin\": \"" + StockFixture.vin() + "\", \"eta\": \"2027-01-10\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/conflict"));
		assertThat(this.stock.vehicles()).isEqualTo(before);
	}

	@Test
	void theCarTheFactoryShipsForAnOrderIsAllocatedToIt() throws Exception {
		UUID dealer = this.stock.dealer();
		AllocationRequest request = StockFixture.request(dealer, "E5-PERF", "CINNABAR-RED");
		Allocation ordered = this.allocation.allocate(request);
		String vin = StockFixture.vin();

		String body = this.stock
			.post(this.stock.hq, "/api/v1/factory-orders/" + ordered.factoryOrderId() + "/shipments",
					"{\"vin\": \"" + vin.toLowerCase() + "\", \"eta\": \"2027-01-10\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ALLOCATED"))
			.andExpect(jsonPath("$.inTransit").value(true))
			.andExpect(jsonPath("$.trimCode").value("E5-PERF"))
			.andExpect(jsonPath("$.orderId").value(request.orderId().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID car = UUID.fromString(JsonPath.read(body, "$.id"));

		Allocation allocated = this.allocation.allocationOf(request.orderId()).orElseThrow();
		assertThat(allocated.status()).isEqualTo(Allocation.Status.ALLOCATED);
		assertThat(allocated.vin()).hasToString(vin);
		assertThat(allocated.stockVehicleId()).isEqualTo(car);
		assertThat(allocated.inTransit()).isTrue();
		assertThat(this.events.stream(VehicleAllocated.class)).singleElement().satisfies(e -> {
			assertThat(e.orderId()).isEqualTo(request.orderId());
			assertThat(e.vin()).isEqualTo(vin);
			assertThat(e.inTransit()).isTrue();
		});
		assertThat(this.allocation.allocate(request).vin()).hasToString(vin);
		this.mvc
			.perform(get("/api/v1/factory-orders/" + ordered.factoryOrderId()).header("Authorization",
					"Bearer " + this.stock.hq))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FULFILLED"))
			.andExpect(jsonPath("$.stockVehicleId").value(car.toString()));
		// a second shipment for the same factory order is refused
		this.stock
			.post(this.stock.hq, "/api/v1/factory-orders/" + ordered.factoryOrderId() + "/shipments",
					"{\"vin\": \"" + StockFixture.vin() + "\", \"eta\": \"2027-01-10\"}")
			.andExpect(status().isConflict());
	}

	@Test
	void anAllocatedCarArrivingTellsItsOrderAndCanThenBeDelivered() throws Exception {
		UUID dealer = this.stock.dealer();
		UUID car = this.stock.inTransit(dealer, "S7-LUXURY", "AZURE-BLUE", LocalDate.now().plusDays(5));
		AllocationRequest request = StockFixture.request(dealer, "S7-LUXURY", "AZURE-BLUE");
		assertThat(this.allocation.allocate(request).inTransit()).isTrue();
		assertThatThrownBy(() -> this.allocation.markDelivered(request.orderId())).isInstanceOf(ProblemException.class);

		this.mvc
			.perform(post("/api/v1/stock-vehicles/" + car + "/arrival")
				.header("Authorization", "Bearer " + this.stock.hq)
				.header("If-Match", "\"1\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ALLOCATED"))
			.andExpect(jsonPath("$.inTransit").value(false));

		assertThat(this.events.stream(VehicleArrived.class)).singleElement().satisfies(e -> {
			assertThat(e.stockVehicleId()).isEqualTo(car);
			assertThat(e.orderId()).isEqualTo(request.orderId());
			assertThat(e.dealerId()).isEqualTo(dealer);
		});
		assertThat(this.allocation.allocationOf(request.orderId()).orElseThrow().inTransit()).isFalse();
		this.allocation.markDelivered(request.orderId());
		assertThat(
				this.jdbc.sql("SELECT status FROM stock_vehicles WHERE id = ?").param(car).query(String.class).single())
			.isEqualTo("DELIVERED");
		assertThatThrownBy(() -> this.allocation.release(request.orderId())).isInstanceOf(ProblemException.class);
	}

	@Test
	void aMalformedRequestIsRefusedAndWritesNothing() {
		long before = this.jdbc.sql("SELECT count(*) FROM stock_allocations").query(Long.class).single();
		assertThatThrownBy(() -> this.allocation
			.allocate(new AllocationRequest(UUID.randomUUID(), UUID.randomUUID(), "e5", "E5 LR", "", "INT-BLACK")))
			.isInstanceOfSatisfying(ProblemException.class,
					ex -> assertThat(ex.getMessage()).isEqualTo("3 fields are invalid"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM stock_allocations").query(Long.class).single())
			.isEqualTo(before);
	}

}
