package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.PrepaidOrders;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.orders.OrderWork.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The orders' SQL on the embedded default (H2 in PostgreSQL mode): the rest of the suite
 * runs on PostgreSQL; this keeps the locks, the versioned updates, the scoped listing and
 * the progress look-up portable.
 */
@SpringBootTest(properties = { "forecourt.test.database=as-configured",
		"spring.datasource.url=jdbc:h2:mem:sales-orders;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
class OrdersOnH2Tests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrderTestDrivers.Deposits payments;

	@Autowired
	PrepaidOrders prepaid;

	@Test
	void anOrderIsPlacedPaidSignedAllocatedListedAndFollowedOnH2() throws Exception {
		assertThat(this.jdbc.sql("SELECT H2VERSION()").query(String.class).single()).isNotBlank();
		OrderWork work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		OrderWork.Dealer dealer = work.dealer();
		UUID order = work.place(dealer, null);
		var payment = this.payments.start(new NewPayment(OrderWorkflow.DEPOSIT, order, null, null,
				new BigDecimal("5000.00"), "test", "h2-" + order));
		this.payments.succeed(payment.id());
		await(() -> work.statusOf(order).equals("DEPOSIT_PAID"));
		work.move(dealer.consultant(), order, "contract-signature").andExpect(status().isOk());
		work.supply(order, OrderWork.Supply.AT_DEALER);
		work.move(dealer.consultant(), order, "vin-allocation")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ARRIVED"));
		work.read(dealer.manager(), "/api/v1/orders?status=ARRIVED&size=10")
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(order.toString()));
		String token = this.jdbc.sql("SELECT progress_token FROM sales_orders WHERE id = ?")
			.param(order)
			.query(String.class)
			.single();
		this.mvc.perform(get("/api/v1/order-progress/" + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ARRIVED"));
	}

	@Test
	void aPrepaidOrderIsPlacedOnceOnH2() throws Exception {
		OrderWork work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		OrderWork.Dealer dealer = work.dealer();
		UUID reservation = UUID.randomUUID();
		var payment = this.payments.start(new NewPayment("PRESALE_RESERVATION", reservation, null, null,
				new BigDecimal("5000.00"), "test", "h2-" + reservation));
		this.payments.succeed(payment.id());
		var order = new PrepaidOrders.PrepaidOrder("PRESALE", reservation, work.e5(), OrderWork.mobile(), null,
				dealer.id(), payment.id(), new BigDecimal("5000.00"));

		var placed = this.prepaid.place(order);

		assertThat(this.prepaid.place(order)).isEqualTo(placed);
		assertThat(work.statusOf(placed.orderId())).isEqualTo("DEPOSIT_PAID");
		assertThat(work.count("SELECT count(*) FROM sales_orders WHERE source_reference = ?", reservation)).isOne();
	}

}
