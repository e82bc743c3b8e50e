package io.forecourt.presale;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.presale.reservations.PresaleJobs;
import io.forecourt.sales.orders.OrderTestDrivers;
import io.forecourt.support.MutableClock;
import io.forecourt.support.TestDealers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reservation's deposit through the sales center's payment port and the simulated
 * provider: paid in time, the unit is sold and a sales order placed; paid after the unit
 * went back, refunded in full. Opening the payment is idempotent.
 */
@PresaleTest
class DepositTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	OrderTestDrivers.Deposits provider;

	@Autowired
	PresaleEventsRecorder events;

	@Autowired
	PresaleJobs jobs;

	PresaleWork work;

	@BeforeAll
	void work() {
		this.work = new PresaleWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void aDepositPaidInTimeSellsTheUnitAndPlacesTheOrder() throws Exception {
		String campaign = this.work.create(this.work.campaign(3));
		UUID reservation = reserve(campaign, ", \"name\": \"李雷\", \"dealerCode\": \"SH-001\"");

		String key = "deposit-" + UUID.randomUUID();
		String payment = JsonPath.read(deposit(reservation, key, "").andExpect(status().isCreated())
			.andExpect(jsonPath("$.purpose").value("PRESALE_DEPOSIT"))
			.andExpect(jsonPath("$.amount").value(5000.0))
			.andExpect(jsonPath("$.checkoutUrl").exists())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		// the same key again: the same payment, replayed; none opened twice
		deposit(reservation, key, "").andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(payment));
		assertThat(this.provider.paymentsFor("PRESALE_DEPOSIT", reservation)).hasSize(1);

		this.provider.succeed(UUID.fromString(payment));

		await(() -> orderOf(reservation) != null);
		assertThat(statusOf(reservation)).isEqualTo("PAID");
		UUID order = orderOf(reservation);
		assertThat(
				this.jdbc.sql("SELECT status FROM sales_orders WHERE id = ?").param(order).query(String.class).single())
			.isEqualTo("DEPOSIT_PAID");
		assertThat(this.events.paid(reservation)).hasSize(1);
		assertThat(this.events.ordersPlaced(reservation)).singleElement()
			.satisfies(placed -> assertThat(placed.orderId()).isEqualTo(order));
		// the unit is sold for good: no deadline any more
		assertThat(this.jdbc.sql("SELECT count(*) FROM presale_units WHERE reservation_id = ? AND held_until IS NULL")
			.param(reservation)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.work.read(this.work.brandApp(), "/api/v1/presale/reservations/" + reservation)
			.andExpect(jsonPath("$.status").value("PAID"))
			.andExpect(jsonPath("$.orderId").value(order.toString()))
			.andExpect(jsonPath("$.orderProgressPath").exists());
		// past the old deadline it stays sold
		this.clock.advance(Duration.ofMinutes(20));
		this.work.read(this.work.brandApp(), "/api/v1/presale/reservations/" + reservation)
			.andExpect(jsonPath("$.status").value("PAID"));
	}

	@Test
	void aDepositPaidAfterTheUnitWentToSomeoneElseIsRefunded() throws Exception {
		String campaign = this.work.create(this.work.campaign(1).paymentWindowMinutes(10));
		UUID late = reserve(campaign, ", \"dealerCode\": \"SH-001\"");
		UUID payment = paymentOf(deposit(late, "late-" + UUID.randomUUID(), ""));
		Instant deadline = deadlineOf(late);
		// paid at the provider just before the checkout is closed, its callback late: the
		// close hears of the payment, and the callback too arrives after the unit went
		assertThat(this.provider.payAtProvider(payment)).isEqualTo("PAID");

		this.clock.advance(Duration.between(this.clock.instant(), deadline).plusSeconds(1));
		UUID next = reserve(campaign, "");
		this.provider.deliverCallbacks(payment);

		await(() -> refundOf(late) != null);
		assertThat(refundOf(late)).isEqualTo(payment);
		assertThat(this.provider.refundsOf(payment)).singleElement().satisfies(refund -> {
			assertThat(refund.amount()).isEqualByComparingTo(new BigDecimal("5000"));
			assertThat(refund.idempotencyKey()).isEqualTo("presale-deposit-return:" + payment);
		});
		assertThat(statusOf(late)).isEqualTo("EXPIRED");
		assertThat(orderOf(late)).isNull();
		assertThat(this.events.paid(late)).isEmpty();
		assertThat(statusOf(next)).isEqualTo("RESERVED");
	}

	@Test
	void aDepositPaidAfterTheDeadlineIsRefundedEvenIfNobodyTookTheUnit() throws Exception {
		String campaign = this.work.create(this.work.campaign(2).paymentWindowMinutes(10));
		UUID reservation = reserve(campaign, ", \"cityCode\": \"310100\"");
		UUID payment = paymentOf(deposit(reservation, "slow-" + UUID.randomUUID(), ""));

		this.clock.advance(Duration.between(this.clock.instant(), deadlineOf(reservation)).plusSeconds(5));
		this.provider.succeed(payment);

		await(() -> refundOf(reservation) != null);
		assertThat(statusOf(reservation)).isEqualTo("EXPIRED");
		assertThat(this.jdbc.sql("SELECT count(*) FROM presale_units WHERE reservation_id = ?")
			.param(reservation)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theCheckoutOfAReservationThatExpiredUnpaidIsClosed() throws Exception {
		String campaign = this.work.create(this.work.campaign(2).paymentWindowMinutes(10));
		UUID reservation = reserve(campaign, ", \"cityCode\": \"310100\"");
		UUID payment = paymentOf(deposit(reservation, "closed-" + UUID.randomUUID(), ""));
		UUID paidOnTime = reserve(campaign, ", \"cityCode\": \"310100\"");
		UUID paidPayment = paymentOf(deposit(paidOnTime, "on-time-" + UUID.randomUUID(), ""));
		this.provider.succeed(paidPayment);

		this.clock.advance(Duration.between(this.clock.instant(), deadlineOf(reservation)).plusSeconds(1));
		assertThat(this.jobs.expireDue()).isGreaterThanOrEqualTo(1);

		await(() -> paymentStatus(payment).equals("FAILED"));
		assertThat(statusOf(reservation)).isEqualTo("EXPIRED");
		// the payer can no longer pay there, so nothing is taken and nothing refunded
		assertThat(this.provider.payAtProvider(payment)).isEqualTo("CLOSED");
		this.provider.deliverCallbacks(payment);
		assertThat(paymentStatus(payment)).isEqualTo("FAILED");
		assertThat(this.provider.refundsOf(payment)).isEmpty();
		assertThat(refundOf(reservation)).isNull();
		// the paid one's payment is left alone
		assertThat(paymentStatus(paidPayment)).isEqualTo("SUCCEEDED");
	}

	@Test
	void noDepositIsTakenForAnExpiredReservationOrWithoutAnIdempotencyKeyOrADealer() throws Exception {
		String campaign = this.work.create(this.work.campaign(3).paymentWindowMinutes(5));
		UUID nowhere = reserve(campaign, "");
		deposit(nowhere, null, "").andExpect(status().isBadRequest());
		deposit(nowhere, "k-" + UUID.randomUUID(), "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dealerCode"));
		deposit(nowhere, "k-" + UUID.randomUUID(), "{\"dealerCode\": \"NOPE-1\"}").andExpect(status().isBadRequest());
		// a dealer of the participant's city is the default (other tests add dealers in
		// Shanghai too, so which one is not asserted)
		UUID inShanghai = reserve(campaign, ", \"cityCode\": \"310100\"");
		deposit(inShanghai, "k-" + UUID.randomUUID(), "").andExpect(status().isCreated());
		assertThat(this.jdbc
			.sql("SELECT d.city_code FROM presale_reservations r JOIN dealers d ON d.id = r.dealer_id WHERE r.id = ?")
			.param(inShanghai)
			.query(String.class)
			.single()).isEqualTo("310100");

		this.clock.advance(Duration.ofMinutes(6));
		deposit(nowhere, "k-" + UUID.randomUUID(), "{\"dealerCode\": \"SH-001\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reservationStatus").value("EXPIRED"));
		assertThat(this.provider.paymentsFor("PRESALE_DEPOSIT", nowhere)).isEmpty();
	}

	private UUID reserve(String campaign, String more) throws Exception {
		String body = this.work.reserve(campaign, PresaleWork.mobile(), more)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.reservationId"));
	}

	private ResultActions deposit(UUID reservation, String key, String body) throws Exception {
		var request = post("/api/v1/presale/reservations/" + reservation + "/deposit-payments").header("Authorization",
				"Bearer " + this.work.brandApp());
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		if (!body.isEmpty()) {
			request = request.contentType("application/json").content(body);
		}
		return this.mvc.perform(request);
	}

	private static UUID paymentOf(ResultActions answer) throws Exception {
		return UUID.fromString(JsonPath
			.read(answer.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
	}

	private Instant deadlineOf(UUID reservation) {
		return this.jdbc.sql("SELECT expires_at FROM presale_reservations WHERE id = ?")
			.param(reservation)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private String paymentStatus(UUID payment) {
		return this.jdbc.sql("SELECT status FROM payments WHERE id = ?").param(payment).query(String.class).single();
	}

	private String statusOf(UUID reservation) {
		return this.jdbc.sql("SELECT status FROM presale_reservations WHERE id = ?")
			.param(reservation)
			.query(String.class)
			.single();
	}

	private UUID orderOf(UUID reservation) {
		return this.jdbc.sql("SELECT order_id FROM presale_reservations WHERE id = ?")
			.param(reservation)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private UUID refundOf(UUID reservation) {
		return this.jdbc.sql("SELECT refunded_payment_id FROM presale_reservations WHERE id = ?")
			.param(reservation)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	/** Waits for the asynchronous listeners (generous: the machine may be loaded). */
	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not reached in 60 s");
			}
			Thread.sleep(50);
		}
	}

}
