package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.OrderDepositPaid;
import io.forecourt.sales.OrderPlaced;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.PrepaidOrders;
import io.forecourt.sales.PrepaidOrders.PlacedOrder;
import io.forecourt.sales.PrepaidOrders.PrepaidOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Orders paid before they exist (a presale reservation's): placed at DEPOSIT_PAID with
 * the payment as their deposit, by a caller with nobody signed in; once per source
 * record, also when two calls race; refused whole when an input is unusable; and
 * cancelled through the same payment.
 */
@LeadLifecycleTest
class PrepaidOrderTests {

	private static final String PRESALE = "PRESALE";

	private static final String RESERVATION_PAYMENT = "PRESALE_RESERVATION";

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
	PrepaidOrders prepaid;

	OrderWork work;

	OrderWork.Dealer haikou;

	@BeforeAll
	void people() throws Exception {
		this.work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		this.haikou = this.work.dealer();
	}

	/** A reservation paid through the simulated provider, as the presale module pays. */
	private PaymentView paidReservation(UUID reservation) {
		PaymentView payment = this.payments.start(new NewPayment(RESERVATION_PAYMENT, reservation, null,
				this.haikou.id(), new BigDecimal("5000.00"), "presale reservation", "reserve-" + reservation));
		this.payments.succeed(payment.id());
		return this.payments.paymentsFor(RESERVATION_PAYMENT, reservation).get(0);
	}

	private PrepaidOrder order(UUID reservation, UUID paymentId, String phone) throws Exception {
		return new PrepaidOrder(PRESALE, reservation, this.work.e5(), phone, "小龙", this.haikou.id(), paymentId,
				new BigDecimal("5000.00"));
	}

	private long ordersOf(UUID reservation) {
		return this.work.count("SELECT count(*) FROM sales_orders WHERE source = ? AND source_reference = ?", PRESALE,
				reservation);
	}

	@Test
	void aPrepaidOrderStartsWithItsDepositPaidByThatPayment() throws Exception {
		UUID reservation = UUID.randomUUID();
		PaymentView payment = paidReservation(reservation);
		String phone = OrderWork.mobile();

		PlacedOrder placed = this.prepaid.place(order(reservation, payment.id(), phone));

		this.work.read(this.haikou.manager(), "/api/v1/orders/" + placed.orderId())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEPOSIT_PAID"))
			.andExpect(jsonPath("$.depositAmount").value(5000.00))
			.andExpect(jsonPath("$.depositPaid").value(5000.00))
			.andExpect(jsonPath("$.depositPaymentId").value(payment.id().toString()))
			.andExpect(jsonPath("$.customerId").value(placed.customerId().toString()))
			.andExpect(jsonPath("$.source").value(PRESALE))
			.andExpect(jsonPath("$.sourceReference").value(reservation.toString()))
			.andExpect(jsonPath("$.progressPath").value(placed.progressPath()))
			.andExpect(jsonPath("$.steps[0].status").value("CREATED"))
			.andExpect(jsonPath("$.steps[0].actor").value("system:PRESALE"))
			.andExpect(jsonPath("$.steps[1].status").value("DEPOSIT_PAID"))
			.andExpect(jsonPath("$.steps.length()").value(2));
		assertThat(this.events.stream(OrderPlaced.class).filter(e -> e.orderId().equals(placed.orderId())))
			.singleElement()
			.satisfies(e -> assertThat(e.dealerId()).isEqualTo(this.haikou.id()));
		assertThat(this.events.stream(OrderDepositPaid.class).filter(e -> e.orderId().equals(placed.orderId())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.paymentId()).isEqualTo(payment.id());
				assertThat(e.amount()).isEqualByComparingTo("5000.00");
			});
		assertThat(this.work.count("SELECT count(*) FROM customer_identities WHERE identifier = ? AND customer_id = ?",
				"+86" + phone, placed.customerId()))
			.as("the buyer is the customer One ID knows by the phone")
			.isOne();
		assertThat(this.work.count("SELECT count(*) FROM customer_dealers WHERE customer_id = ? AND dealer_id = ?",
				placed.customerId(), this.haikou.id()))
			.as("the dealer's staff see the buyer")
			.isOne();
		assertThat(this.work.count("SELECT count(*) FROM audit_log WHERE resource_type = 'order' AND resource_id = ?"
				+ " AND action = 'CREATE' AND actor = 'system:PRESALE'", placed.orderId().toString()))
			.isOne();
	}

	@Test
	void aRepeatReturnsTheOrderPlacedFirst() throws Exception {
		UUID reservation = UUID.randomUUID();
		PaymentView payment = paidReservation(reservation);
		PrepaidOrder order = order(reservation, payment.id(), OrderWork.mobile());

		PlacedOrder first = this.prepaid.place(order);
		PlacedOrder again = this.prepaid.place(order);

		assertThat(again).isEqualTo(first);
		assertThat(ordersOf(reservation)).isOne();
		assertThat(this.events.stream(OrderPlaced.class).filter(e -> e.orderId().equals(first.orderId()))).hasSize(1);
		// the same record with another payment is not a repeat
		PaymentView other = paidReservation(UUID.randomUUID());
		assertThatThrownBy(() -> this.prepaid.place(order(reservation, other.id(), OrderWork.mobile())))
			.isInstanceOfSatisfying(ProblemException.class,
					ex -> assertThat(ex.type()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED));
		assertThat(ordersOf(reservation)).isOne();
	}

	@Test
	void twoCallsAtOnceForOneReservationPlaceOneOrder() throws Exception {
		UUID reservation = UUID.randomUUID();
		PaymentView payment = paidReservation(reservation);
		// a buyer new to One ID: the calls must not race to create them either
		PrepaidOrder order = order(reservation, payment.id(), OrderWork.mobile());
		int callers = 4;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<PlacedOrder>> results = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				Callable<PlacedOrder> call = () -> {
					start.await();
					return this.prepaid.place(order);
				};
				results.add(pool.submit(call));
			}
			start.countDown();
			List<UUID> orders = new ArrayList<>();
			for (Future<PlacedOrder> result : results) {
				orders.add(result.get(60, TimeUnit.SECONDS).orderId());
			}
			assertThat(orders).as("every caller is told of the one order").containsOnly(orders.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ordersOf(reservation)).isOne();
		UUID placed = this.jdbc.sql("SELECT id FROM sales_orders WHERE source_reference = ?")
			.param(reservation)
			.query(UUID.class)
			.single();
		assertThat(this.work.count("SELECT count(*) FROM sales_order_steps WHERE order_id = ?", placed)).isEqualTo(2);
		assertThat(this.work.count("SELECT count(*) FROM audit_log WHERE resource_type = 'order' AND resource_id = ?"
				+ " AND action = 'CREATE'", placed.toString()))
			.isOne();
	}

	@Test
	void unusableInputsAreNamedTogetherAndNothingIsWritten() throws Exception {
		UUID reservation = UUID.randomUUID();
		PaymentView payment = paidReservation(reservation);
		long orders = this.work.count("SELECT count(*) FROM sales_orders");
		long customers = this.work.count("SELECT count(*) FROM customers");
		PrepaidOrder bad = new PrepaidOrder(PRESALE, reservation, "NOSUCHCODE", "12345", null, UUID.randomUUID(),
				payment.id(), new BigDecimal("5000.001"));

		assertThatThrownBy(() -> this.prepaid.place(bad)).isInstanceOfSatisfying(ProblemException.class,
				ex -> assertThat(fields(ex)).containsExactlyInAnyOrder("configurationCode", "dealerId", "phone",
						"depositAmount"));

		// a payment that has not succeeded is no deposit; nor is one worth less
		PaymentView pending = this.payments.start(new NewPayment(RESERVATION_PAYMENT, UUID.randomUUID(), null, null,
				new BigDecimal("5000.00"), "presale reservation", "pending-" + reservation));
		assertThatThrownBy(() -> this.prepaid.place(order(reservation, pending.id(), OrderWork.mobile())))
			.isInstanceOfSatisfying(ProblemException.class, ex -> assertThat(fields(ex)).containsExactly("paymentId"));
		assertThatThrownBy(() -> this.prepaid.place(new PrepaidOrder(PRESALE, reservation, this.work.e5(),
				OrderWork.mobile(), null, this.haikou.id(), payment.id(), new BigDecimal("5000.01"))))
			.isInstanceOfSatisfying(ProblemException.class,
					ex -> assertThat(fields(ex)).containsExactly("depositAmount"));
		assertThatThrownBy(() -> this.prepaid.place(new PrepaidOrder("presale", reservation, this.work.e5(),
				OrderWork.mobile(), null, this.haikou.id(), payment.id(), new BigDecimal("5000.00"))))
			.isInstanceOfSatisfying(ProblemException.class, ex -> assertThat(fields(ex)).containsExactly("source"));

		// a suspended dealer takes no orders
		OrderWork.Dealer suspended = this.work.dealer();
		this.jdbc.sql("UPDATE dealers SET status = 'SUSPENDED' WHERE id = ?").param(suspended.id()).update();
		assertThatThrownBy(() -> this.prepaid.place(new PrepaidOrder(PRESALE, reservation, this.work.e5(),
				OrderWork.mobile(), null, suspended.id(), payment.id(), new BigDecimal("5000.00"))))
			.isInstanceOfSatisfying(ProblemException.class,
					ex -> assertThat(ex.properties().get("errors").toString()).contains("dealerId", "not active"));

		assertThat(this.work.count("SELECT count(*) FROM sales_orders")).isEqualTo(orders);
		assertThat(this.work.count("SELECT count(*) FROM customers")).as("no buyer was resolved").isEqualTo(customers);
		assertThat(ordersOf(reservation)).isZero();
	}

	@Test
	void aPaymentIsTheDepositOfOneOrderOnly() throws Exception {
		UUID reservation = UUID.randomUUID();
		PaymentView payment = paidReservation(reservation);
		PlacedOrder placed = this.prepaid.place(order(reservation, payment.id(), OrderWork.mobile()));

		assertThatThrownBy(() -> this.prepaid.place(order(UUID.randomUUID(), payment.id(), OrderWork.mobile())))
			.isInstanceOfSatisfying(ProblemException.class, ex -> {
				assertThat(fields(ex)).containsExactly("paymentId");
				assertThat(ex.getMessage()).contains(placed.orderId().toString());
			});
	}

	@Test
	void cancellingRefundsThroughThePrepaidPayment() throws Exception {
		UUID reservation = UUID.randomUUID();
		PaymentView payment = paidReservation(reservation);
		PlacedOrder placed = this.prepaid.place(order(reservation, payment.id(), OrderWork.mobile()));

		this.work.move(this.haikou.manager(), placed.orderId(), "cancellation", "{\"reason\": \"BUYER_WITHDREW\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.refunded").value(5000.00))
			.andExpect(jsonPath("$.forfeited").value(0));

		assertThat(this.payments.refundsOf(payment.id())).singleElement().satisfies(refund -> {
			assertThat(refund.amount()).isEqualByComparingTo("5000.00");
			assertThat(refund.idempotencyKey()).isEqualTo("order-cancel:" + placed.orderId());
		});
	}

	private static List<String> fields(ProblemException ex) {
		assertThat(ex.type()).isEqualTo(ProblemType.VALIDATION);
		return ((List<?>) ex.properties().get("errors")).stream()
			.map(e -> ((ProblemException.FieldProblem) e).field())
			.toList();
	}

}
