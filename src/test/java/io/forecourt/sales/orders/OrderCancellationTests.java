package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.OrderCancelled;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.stock.StockAllocation;
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
 * Cancelling in each state refunds what the policy says through the payment port (with a
 * key derived from the order) and releases the car; a deposit that arrives after the
 * cancellation, or a second deposit, is refunded in full.
 */
@LeadLifecycleTest
class OrderCancellationTests {

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

	OrderWork work;

	OrderWork.Dealer haikou;

	@BeforeAll
	void people() throws Exception {
		this.work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		this.haikou = this.work.dealer();
	}

	private PaymentView pay(UUID order) throws Exception {
		PaymentView payment = this.payments.start(new NewPayment(OrderWorkflow.DEPOSIT, order, null, null,
				new BigDecimal("5000.00"), "test", "pay-" + UUID.randomUUID()));
		this.payments.succeed(payment.id());
		await(() -> !this.work.statusOf(order).equals("CREATED") || !this.payments.refundsOf(payment.id()).isEmpty());
		return payment;
	}

	private void cancel(UUID order, String reason, double refunded, double forfeited) throws Exception {
		this.work.move(this.haikou.consultant(), order, "cancellation", "{\"reason\": \"" + reason + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.cancelReason").value(reason))
			.andExpect(jsonPath("$.refunded").value(refunded))
			.andExpect(jsonPath("$.forfeited").value(forfeited));
		assertThat(this.events.stream(OrderCancelled.class).filter(e -> e.orderId().equals(order))).singleElement()
			.satisfies(e -> assertThat(e.refunded()).isEqualByComparingTo(BigDecimal.valueOf(refunded)));
	}

	@Test
	void beforeTheDepositThereIsNothingToRefund() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		this.work.read(this.haikou.consultant(), "/api/v1/orders/" + order + "/cancellation-quotes")
			.andExpect(jsonPath("$.BUYER_WITHDREW.rule").value("NOTHING_PAID"));
		cancel(order, "DEPOSIT_NOT_PAID", 0, 0);
		assertThat(this.stock.allocationOf(order)).isEmpty();
		// delivered or cancelled orders are not cancelled again
		this.work.move(this.haikou.consultant(), order, "cancellation", "{\"reason\": \"BUYER_WITHDREW\"}")
			.andExpect(status().isConflict());
	}

	@Test
	void aPaidDepositIsRefundedInFullBeforeTheContract() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		PaymentView payment = pay(order);
		this.work.read(this.haikou.consultant(), "/api/v1/orders/" + order + "/cancellation-quotes")
			.andExpect(jsonPath("$.BUYER_WITHDREW.refund").value(5000.00))
			.andExpect(jsonPath("$.BUYER_WITHDREW.rule").value("BEFORE_CONTRACT_REFUNDED"));
		cancel(order, "BUYER_WITHDREW", 5000.00, 0);
		assertThat(this.payments.refundsOf(payment.id())).singleElement().satisfies(r -> {
			assertThat(r.amount()).isEqualByComparingTo("5000.00");
			assertThat(r.idempotencyKey()).isEqualTo("order-cancel:" + order);
		});
	}

	@Test
	void afterTheContractTheBuyerForfeitsAndTheCarGoesBack() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		PaymentView payment = pay(order);
		this.work.move(this.haikou.consultant(), order, "contract-signature").andExpect(status().isOk());
		this.work.supply(order, OrderWork.Supply.AT_DEALER);
		this.work.move(this.haikou.consultant(), order, "vin-allocation").andExpect(status().isOk());
		String vin = this.jdbc.sql("SELECT vin FROM stock_vehicles WHERE order_id = ?")
			.param(order)
			.query(String.class)
			.single();
		this.work.read(this.haikou.consultant(), "/api/v1/orders/" + order + "/cancellation-quotes")
			.andExpect(jsonPath("$.BUYER_WITHDREW.forfeited").value(5000.00))
			.andExpect(jsonPath("$.DEALER_CANNOT_SUPPLY.refund").value(5000.00));
		cancel(order, "BUYER_WITHDREW", 0, 5000.00);
		assertThat(this.payments.refundsOf(payment.id())).isEmpty();
		assertThat(this.stock.allocationOf(order)).isEmpty();
		assertThat(this.work.carStatus(order)).isNull();
		assertThat(this.work.count("SELECT count(*) FROM stock_vehicles WHERE vin = ? AND status = 'IN_STOCK'", vin))
			.as("the car is free stock again")
			.isOne();
	}

	@Test
	void afterTheContractTheDealersFailureRefundsInFull() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		PaymentView payment = pay(order);
		this.work.move(this.haikou.consultant(), order, "contract-signature").andExpect(status().isOk());
		cancel(order, "DEALER_CANNOT_SUPPLY", 5000.00, 0);
		assertThat(this.payments.refundsOf(payment.id())).singleElement()
			.satisfies(r -> assertThat(r.amount()).isEqualByComparingTo("5000.00"));
		assertThat(this.stock.allocationOf(order)).isEmpty();
	}

	@Test
	void aDepositPaidAfterTheCancellationIsRefundedInFull() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		PaymentView checkout = this.payments.start(new NewPayment(OrderWorkflow.DEPOSIT, order, null, null,
				new BigDecimal("5000.00"), "test", "late-" + order));
		cancel(order, "DEPOSIT_NOT_PAID", 0, 0);
		this.payments.succeed(checkout.id());
		await(() -> this.payments.refundsOf(checkout.id()).size() == 1);
		assertThat(this.work.statusOf(order)).isEqualTo("CANCELLED");
		assertThat(this.payments.refundsOf(checkout.id()).get(0).amount()).isEqualByComparingTo("5000.00");
	}

	@Test
	void aSecondDepositIsRefundedAndTheFirstStands() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		PaymentView first = pay(order);
		PaymentView second = this.payments.start(new NewPayment(OrderWorkflow.DEPOSIT, order, null, null,
				new BigDecimal("5000.00"), "test", "second-" + order));
		this.payments.succeed(second.id());
		await(() -> this.payments.refundsOf(second.id()).size() == 1);
		this.work.read(this.haikou.consultant(), "/api/v1/orders/" + order)
			.andExpect(jsonPath("$.status").value("DEPOSIT_PAID"))
			.andExpect(jsonPath("$.depositPaid").value(5000.00));
		assertThat(this.payments.refundsOf(first.id())).isEmpty();
		assertThat(this.jdbc.sql("SELECT deposit_payment_id FROM sales_orders WHERE id = ?")
			.param(order)
			.query(UUID.class)
			.single()).isEqualTo(first.id());
	}

}
