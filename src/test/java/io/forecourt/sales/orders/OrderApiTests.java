package io.forecourt.sales.orders;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.sales.OrderArrived;
import io.forecourt.sales.OrderContractSigned;
import io.forecourt.sales.OrderDelivered;
import io.forecourt.sales.OrderDepositPaid;
import io.forecourt.sales.OrderInspected;
import io.forecourt.sales.OrderPlaced;
import io.forecourt.sales.OrderVinAllocated;
import io.forecourt.sales.PaymentSucceeded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.orders.OrderWork.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An order's life over the API: placed from a configuration, the deposit through the
 * payment port and its callback, contract, VIN, PDI and delivery, each with its event,
 * step, audit record and timeline entry; refusals that write nothing.
 */
@LeadLifecycleTest
class OrderApiTests {

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

	OrderWork work;

	OrderWork.Dealer haikou;

	@BeforeAll
	void people() throws Exception {
		this.work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		this.haikou = this.work.dealer();
	}

	@Test
	void anOrderIsPlacedFromAConfigurationWithItsPricedSnapshot() throws Exception {
		String body = this.work
			.send(this.haikou.consultant(), post("/api/v1/orders"),
					"{\"configurationCode\": \"" + this.work.e5().toLowerCase(java.util.Locale.ROOT)
							+ "\", \"phone\": \"" + OrderWork.mobile() + "\", \"buyerFirstName\": \"小龙\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(header().string("Location", startsWith("http://localhost/api/v1/orders/")))
			.andExpect(jsonPath("$.status").value("CREATED"))
			.andExpect(jsonPath("$.configurationCode").value(this.work.e5()))
			.andExpect(jsonPath("$.modelCode").value("E5"))
			.andExpect(jsonPath("$.total").value(219800.00))
			.andExpect(jsonPath("$.depositAmount").value(5000.00))
			.andExpect(jsonPath("$.lines", hasSize(3)))
			.andExpect(jsonPath("$.lines[0].kind").value("TRIM"))
			.andExpect(jsonPath("$.dealerId").value(this.haikou.id().toString()))
			.andExpect(jsonPath("$.consultantId").value(this.haikou.consultantId().toString()))
			.andExpect(jsonPath("$.steps[0].status").value("CREATED"))
			.andExpect(jsonPath("$.progressPath").value(startsWith("/order-progress/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID order = UUID.fromString(JsonPath.read(body, "$.id"));
		UUID customer = UUID.fromString(JsonPath.read(body, "$.customerId"));
		assertThat(this.events.stream(OrderPlaced.class).filter(e -> e.orderId().equals(order))).singleElement()
			.satisfies(e -> {
				assertThat(e.customerId()).isEqualTo(customer);
				assertThat(e.trimCode()).isEqualTo("E5-LR");
				assertThat(e.total()).isEqualByComparingTo("219800.00");
			});
		assertThat(this.work.count("SELECT count(*) FROM audit_log WHERE resource_type = 'order' AND resource_id = ?"
				+ " AND action = 'CREATE'", order.toString()))
			.isEqualTo(1);
		assertThat(this.work.count("SELECT count(*) FROM sales_order_lines WHERE order_id = ?", order)).isEqualTo(3);
		await(() -> this.work.count("SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type = ?",
				customer, "ORDER_PLACED") == 1);
		// the dealer's staff see the customer from now on
		assertThat(this.work.count("SELECT count(*) FROM customer_dealers WHERE customer_id = ? AND dealer_id = ?",
				customer, this.haikou.id()))
			.isEqualTo(1);
	}

	@Test
	void aBadOrderNamesEveryInvalidFieldAndWritesNothing() throws Exception {
		long before = this.work.count("SELECT count(*) FROM sales_orders");
		this.work
			.send(this.haikou.consultant(), post("/api/v1/orders"),
					"{\"configurationCode\": \"NOPE\", \"buyerFirstName\": \"" + "x".repeat(41) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("configurationCode", "buyerFirstName", "customerId")));
		this.work
			.send(this.haikou.consultant(), post("/api/v1/orders"),
					"{\"configurationCode\": \"" + this.work.e5() + "\", \"customerId\": \"" + UUID.randomUUID()
							+ "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("customerId"));
		this.work
			.send(this.work.hq(), post("/api/v1/orders"),
					"{\"configurationCode\": \"" + this.work.e5() + "\", \"phone\": \"" + OrderWork.mobile() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dealerId"));
		this.work
			.send(this.haikou.consultant(), post("/api/v1/orders"),
					"{\"configurationCode\": \"" + this.work.e5() + "\", \"phone\": \"" + OrderWork.mobile()
							+ "\", \"depositAmount\": 300000}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("depositAmount"));
		assertThat(this.work.count("SELECT count(*) FROM sales_orders")).isEqualTo(before);
	}

	@Test
	void anOrderGoesFromDepositToDeliveryWithAnEventStepAndTimelineEntryEach() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		String key = UUID.randomUUID().toString();
		String payment = this.work
			.send(this.haikou.consultant(),
					post("/api/v1/orders/" + order + "/deposit-payments").header("Idempotency-Key", key), "")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.purpose").value("ORDER_DEPOSIT"))
			.andExpect(jsonPath("$.amount").value(5000.00))
			.andExpect(jsonPath("$.checkoutUrl").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID paymentId = UUID.fromString(JsonPath.read(payment, "$.id"));
		// a repeat with the key opens nothing new
		this.work
			.send(this.haikou.consultant(),
					post("/api/v1/orders/" + order + "/deposit-payments").header("Idempotency-Key", key), "")
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(paymentId.toString()));
		assertThat(this.payments.paymentsFor(OrderWorkflow.DEPOSIT, order)).hasSize(1);

		PaymentSucceeded paid = this.payments.succeed(paymentId);
		await(() -> this.work.statusOf(order).equals("DEPOSIT_PAID"));
		long version = this.work.version(order);
		this.payments.redeliver(paid);
		Thread.sleep(300);
		assertThat(this.work.version(order)).as("a redelivered callback changes nothing").isEqualTo(version);
		assertThat(this.payments.refundsOf(paymentId)).isEmpty();

		this.work.move(this.haikou.consultant(), order, "contract-signature")
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
			.andExpect(jsonPath("$.status").value("CONTRACT_SIGNED"));
		this.work.supply(order, OrderWork.Supply.AT_DEALER);
		this.work.move(this.haikou.consultant(), order, "vin-allocation")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ARRIVED"))
			.andExpect(jsonPath("$.vin").value(startsWith("LHX")));
		this.work.move(this.haikou.consultant(), order, "pdi")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PDI_DONE"));
		this.work.move(this.haikou.consultant(), order, "delivery")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DELIVERED"))
			.andExpect(jsonPath("$.steps[*].status").value(org.hamcrest.Matchers.contains("CREATED", "DEPOSIT_PAID",
					"CONTRACT_SIGNED", "VIN_ALLOCATED", "ARRIVED", "PDI_DONE", "DELIVERED")));
		assertThat(this.work.carStatus(order)).as("the car left the dealer's stock").isEqualTo("DELIVERED");

		for (Class<?> type : new Class<?>[] { OrderContractSigned.class, OrderVinAllocated.class, OrderArrived.class,
				OrderInspected.class, OrderDelivered.class }) {
			assertThat(this.events.stream(type)).as(type.getSimpleName()).hasSize(1);
		}
		UUID customer = this.jdbc.sql("SELECT customer_id FROM sales_orders WHERE id = ?")
			.param(order)
			.query(UUID.class)
			.single();
		await(() -> this.work.count("SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND ref_id = ?",
				customer, order.toString()) == 7);
		assertThat(this.work.count("SELECT count(*) FROM audit_log WHERE resource_type = 'order' AND resource_id = ?",
				order.toString()))
			.as("placed, checkout opened (the repeat was replayed), paid, and four moves")
			.isEqualTo(7);
		assertThat(this.jdbc.sql("SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type = ?")
			.params(customer, "ORDER_DEPOSIT_PAID")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void depositPaymentsNeedAKeyAndACreatedOrder() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		this.work.send(this.haikou.consultant(), post("/api/v1/orders/" + order + "/deposit-payments"), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/idempotency-key-missing"));
		assertThat(this.payments.paymentsFor(OrderWorkflow.DEPOSIT, order)).isEmpty();
		this.work.move(this.haikou.consultant(), order, "cancellation", "{\"reason\": \"DEPOSIT_NOT_PAID\"}")
			.andExpect(status().isOk());
		this.work
			.send(this.haikou.consultant(),
					post("/api/v1/orders/" + order + "/deposit-payments").header("Idempotency-Key", "k1"), "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/conflict"))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.orderStatus").value("CANCELLED"));
		assertThat(this.payments.paymentsFor(OrderWorkflow.DEPOSIT, order)).isEmpty();
	}

	@Test
	void aDepositKeyUsedForAnotherOrderIsRefused() throws Exception {
		UUID first = this.work.place(this.haikou, null);
		UUID second = this.work.place(this.haikou, null);
		String key = UUID.randomUUID().toString();
		this.work
			.send(this.haikou.consultant(),
					post("/api/v1/orders/" + first + "/deposit-payments").header("Idempotency-Key", key), "")
			.andExpect(status().isCreated());
		this.work
			.send(this.haikou.consultant(),
					post("/api/v1/orders/" + second + "/deposit-payments").header("Idempotency-Key", key), "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/idempotency-key-reused"));
		assertThat(this.payments.paymentsFor(OrderWorkflow.DEPOSIT, second)).isEmpty();
	}

	@Test
	void twoDepositRequestsWithOneKeyAtOnceOpenOnePayment() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		String key = UUID.randomUUID().toString();
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return this.work.send(this.haikou.consultant(),
							post("/api/v1/orders/" + order + "/deposit-payments").header("Idempotency-Key", key), "")
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			java.util.List<Integer> statuses = new java.util.ArrayList<>();
			for (var result : results) {
				statuses.add(result.get());
			}
			// the loser is told to retry (409 in use) or, if the winner finished,
			// replayed
			assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.payments.paymentsFor(OrderWorkflow.DEPOSIT, order)).hasSize(1);
	}

	@Test
	void theBrandAppPlacesAnOrderForABuyerAndReadsIt() throws Exception {
		String body = this.work
			.send(this.work.brandApp(), post("/api/v1/orders"),
					"{\"configurationCode\": \"" + this.work.s7() + "\", \"phone\": \"" + OrderWork.mobile()
							+ "\", \"dealerId\": \"" + this.haikou.id() + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.consultantId").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		this.work.read(this.work.brandApp(), "/api/v1/orders/" + id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameEn").value("Huaxia S7 Luxury"));
	}

}
