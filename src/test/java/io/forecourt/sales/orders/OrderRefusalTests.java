package io.forecourt.sales.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadLifecycleTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.orders.OrderWork.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every refused transition writes nothing: a state that does not allow it (409), a stale
 * or missing If-Match (412, 428), someone who may not move the order (403) or cannot see
 * it (404); and two people acting at once on one version, on real threads.
 */
@LeadLifecycleTest
class OrderRefusalTests {

	private static final String[] ACTIONS = { "contract-signature", "vin-allocation", "pdi", "delivery" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrderTestDrivers.Deposits payments;

	OrderWork work;

	OrderWork.Dealer haikou;

	OrderWork.Dealer other;

	@BeforeAll
	void people() throws Exception {
		this.work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		this.haikou = this.work.dealer();
		this.other = this.work.dealer();
	}

	private long writes(UUID order) {
		return this.work.count("SELECT count(*) FROM sales_order_steps WHERE order_id = ?", order)
				+ this.work.count("SELECT count(*) FROM audit_log WHERE resource_type = 'order' AND resource_id = ?"
						+ " AND action <> 'ACCESS_DENIED'", order.toString());
	}

	private UUID paid() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		var payment = this.payments.start(new io.forecourt.sales.NewPayment(OrderWorkflow.DEPOSIT, order, null, null,
				new java.math.BigDecimal("5000.00"), "test", "paid-" + order));
		this.payments.succeed(payment.id());
		await(() -> this.work.statusOf(order).equals("DEPOSIT_PAID"));
		return order;
	}

	@Test
	void aTransitionTheStateDoesNotAllowIs409AndWritesNothing() throws Exception {
		UUID created = this.work.place(this.haikou, null);
		UUID deposited = paid();
		for (UUID order : List.of(created, deposited)) {
			for (String action : ACTIONS) {
				if (order.equals(deposited) && action.equals("contract-signature")) {
					continue;
				}
				long version = this.work.version(order);
				long writes = writes(order);
				this.work.move(this.haikou.consultant(), order, action)
					.andExpect(status().isConflict())
					.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/conflict"))
					.andExpect(jsonPath("$.orderStatus").value(this.work.statusOf(order)));
				assertThat(this.work.version(order)).isEqualTo(version);
				assertThat(writes(order)).isEqualTo(writes);
			}
		}
	}

	@Test
	void aStaleOrMissingIfMatchIsRefusedAndWritesNothing() throws Exception {
		UUID order = paid();
		long version = this.work.version(order);
		long writes = writes(order);
		this.work
			.send(this.haikou.consultant(),
					post("/api/v1/orders/" + order + "/contract-signature").header("If-Match",
							"\"" + (version - 1) + "\""),
					"{}")
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/precondition-failed"));
		this.work.send(this.haikou.consultant(), post("/api/v1/orders/" + order + "/contract-signature"), "{}")
			.andExpect(status().isPreconditionRequired());
		this.work
			.send(this.haikou.consultant(),
					post("/api/v1/orders/" + order + "/contract-signature").header("If-Match", "W/\"x\""), "{}")
			.andExpect(status().isPreconditionFailed());
		assertThat(this.work.version(order)).isEqualTo(version);
		assertThat(writes(order)).isEqualTo(writes);
		assertThat(this.work.statusOf(order)).isEqualTo("DEPOSIT_PAID");
	}

	@Test
	void onlyTheOrdersConsultantOrAManagerMovesItAndOtherDealersDoNotSeeIt() throws Exception {
		UUID order = paid();
		long writes = writes(order);
		this.work.read(this.haikou.colleague(), "/api/v1/orders/" + order).andExpect(status().isOk());
		this.work.move(this.haikou.colleague(), order, "contract-signature").andExpect(status().isForbidden());
		this.work.read(this.other.consultant(), "/api/v1/orders/" + order)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/not-found"));
		this.work.move(this.other.manager(), order, "contract-signature").andExpect(status().isNotFound());
		this.work.read(this.other.manager(), "/api/v1/orders?size=100")
			.andExpect(jsonPath("$.items[*].id")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(order.toString()))));
		assertThat(writes(order)).isEqualTo(writes);
		assertThat(this.work.count("SELECT count(*) FROM audit_log WHERE resource_type = 'order' AND resource_id = ?"
				+ " AND action = 'ACCESS_DENIED'", order.toString()))
			.isEqualTo(3);
		this.work.move(this.haikou.manager(), order, "contract-signature").andExpect(status().isOk());
		this.work.read(this.work.hq(), "/api/v1/orders/" + order)
			.andExpect(jsonPath("$.status").value("CONTRACT_SIGNED"));
	}

	@Test
	void twoPeopleSigningOneVersionAtOnceSucceedOnce() throws Exception {
		UUID order = paid();
		String ifMatch = "\"" + this.work.version(order) + "\"";
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (String key : List.of(this.haikou.consultant(), this.haikou.manager())) {
				Callable<Integer> sign = () -> {
					start.await();
					return this.work
						.send(key, post("/api/v1/orders/" + order + "/contract-signature").header("If-Match", ifMatch),
								"{}")
						.andReturn()
						.getResponse()
						.getStatus();
				};
				results.add(pool.submit(sign));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 412);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.work.count("SELECT count(*) FROM sales_order_steps WHERE order_id = ? AND status = ?", order,
				"CONTRACT_SIGNED"))
			.isEqualTo(1);
	}

}
