package io.forecourt.sales.stock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders racing for cars on real threads against the real database (PostgreSQL when it
 * runs, H2 otherwise), as several instances would: no car goes to two orders, every order
 * gets an answer, and the orders left without a car get factory orders.
 */
@StockTest
class StockAllocationRaceTests {

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

	StockFixture stock;

	@BeforeAll
	void fixture() {
		this.stock = new StockFixture(this.mvc, this.jdbc, this.accounts);
	}

	@Test
	void ordersRacingForFewerCarsGetEachCarAtMostOnceAndTheRestFactoryOrders() throws Exception {
		UUID dealer = this.stock.dealer();
		List<UUID> cars = List.of(
				this.stock.inStock(dealer, "E5-STD", "AZURE-BLUE", this.clock.instant().minus(Duration.ofDays(20))),
				this.stock.inStock(dealer, "E5-STD", "AZURE-BLUE", this.clock.instant().minus(Duration.ofDays(5))),
				this.stock.inTransit(dealer, "E5-STD", "AZURE-BLUE", LocalDate.now().plusDays(4)));
		List<AllocationRequest> orders = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			orders.add(StockFixture.request(dealer, "E5-STD", "AZURE-BLUE"));
		}

		List<Allocation> answers = race(
				orders.stream().map(o -> (Callable<Allocation>) () -> this.allocation.allocate(o)).toList());

		List<Allocation> allocated = answers.stream().filter(a -> a.status() == Allocation.Status.ALLOCATED).toList();
		assertThat(allocated).extracting(Allocation::stockVehicleId).containsExactlyInAnyOrderElementsOf(cars);
		assertThat(answers.stream().filter(a -> a.status() == Allocation.Status.FACTORY_ORDERED)).hasSize(9);
		assertThat(answers).extracting(Allocation::orderId)
			.containsExactlyInAnyOrderElementsOf(orders.stream().map(AllocationRequest::orderId).toList());
		// the database agrees: each car has one order, each order one car or one open
		// factory order
		List<UUID> orderIds = orders.stream().map(AllocationRequest::orderId).toList();
		List<UUID> carOrders = this.jdbc.sql("SELECT order_id FROM stock_vehicles WHERE dealer_id = ?")
			.param(dealer)
			.query(UUID.class)
			.list();
		assertThat(carOrders).hasSize(3).doesNotHaveDuplicates().allMatch(orderIds::contains);
		List<UUID> factoryOrdered = this.jdbc
			.sql("SELECT order_id FROM factory_orders WHERE dealer_id = ? AND status = 'OPEN'")
			.param(dealer)
			.query(UUID.class)
			.list();
		assertThat(factoryOrdered).hasSize(9).doesNotHaveDuplicates().doesNotContainAnyElementsOf(carOrders);
	}

	@Test
	void oneOrderAllocatedFromManyThreadsAtOnceGetsOneCar() throws Exception {
		UUID dealer = this.stock.dealer();
		for (int i = 0; i < 3; i++) {
			this.stock.inStock(dealer, "S7-LUXURY", "PEARL-WHITE", this.clock.instant().minus(Duration.ofDays(i + 1)));
		}
		AllocationRequest order = StockFixture.request(dealer, "S7-LUXURY", "PEARL-WHITE");

		List<Callable<Allocation>> calls = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(() -> this.allocation.allocate(order));
		}
		List<Allocation> answers = race(calls);

		// H2 cannot make a call wait for a concurrent uncommitted claim; those are
		// refused
		// with a conflict (the caller retries) rather than answered wrongly
		assertThat(answers).isNotEmpty();
		assertThat(answers.stream().map(Allocation::stockVehicleId).collect(Collectors.toSet())).hasSize(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM stock_vehicles WHERE dealer_id = ? AND order_id IS NOT NULL")
			.param(dealer)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.allocation.allocationOf(order.orderId()).orElseThrow().stockVehicleId())
			.isEqualTo(answers.get(0).stockVehicleId());
		if (io.forecourt.support.TestDatabase.isPostgres()) {
			assertThat(answers).hasSize(8);
		}
	}

	/**
	 * Runs the calls on 8 threads released together; answers of calls that did not
	 * conflict.
	 */
	private static List<Allocation> race(List<Callable<Allocation>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Allocation>> futures = new ArrayList<>();
			for (Callable<Allocation> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Allocation> answers = new ArrayList<>();
			HashSet<String> failures = new HashSet<>();
			for (Future<Allocation> future : futures) {
				try {
					answers.add(future.get());
				}
				catch (java.util.concurrent.ExecutionException ex) {
					if (!(ex.getCause() instanceof ProblemException problem)
							|| io.forecourt.support.TestDatabase.isPostgres()) {
						throw ex;
					}
					failures.add(problem.getMessage());
				}
			}
			return answers;
		}
		finally {
			pool.shutdown();
		}
	}

}
