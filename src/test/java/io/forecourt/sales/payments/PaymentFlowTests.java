package io.forecourt.sales.payments;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.idempotency.IdempotencyHeaders;
import io.forecourt.kernel.idempotency.IdempotentTestTransfers;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import io.forecourt.sales.payments.ProviderNotification.Kind;
import io.forecourt.sales.payments.simulated.SignedCallback;
import io.forecourt.sales.payments.simulated.SimulatedCheckout;
import io.forecourt.sales.payments.simulated.SimulatedProviderControls;
import io.forecourt.sales.payments.simulated.SimulatedSignature;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.payments.PaymentTestClient.deliver;
import static io.forecourt.sales.payments.PaymentTestClient.key;
import static io.forecourt.sales.payments.PaymentTestClient.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The payment port with the simulated provider, end to end through the callback endpoint:
 * start is idempotent, the payer's choice arrives as a signed callback, forged or stale
 * callbacks write nothing, repeated and out-of-order callbacks change nothing, each event
 * is published once, and refunds never exceed what was paid.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MutableClock.Configuration.class, IdempotentTestTransfers.class, PaymentEventsRecorder.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentFlowTests {

	private static final String PROBLEMS = "https://forecourt.dev/problems/";

	@Autowired
	MockMvc mvc;

	@Autowired
	Payments payments;

	@Autowired
	SimulatedProviderControls simulated;

	@Autowired
	PaymentEventsRecorder events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	UUID dealer;

	UUID otherDealer;

	String hq;

	String manager;

	String otherManager;

	String consultant;

	@BeforeAll
	void keys() {
		this.dealer = this.jdbc.sql("SELECT id FROM dealers WHERE code = 'BJ-001'").query(UUID.class).single();
		this.otherDealer = this.jdbc.sql("SELECT id FROM dealers WHERE code <> 'BJ-001' ORDER BY code LIMIT 1")
			.query(UUID.class)
			.single();
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.manager = ApiKeysForTests.issue(this.accounts, Role.DEALER_MANAGER, AccessScope.dealer(this.dealer));
		this.otherManager = ApiKeysForTests.issue(this.accounts, Role.DEALER_MANAGER,
				AccessScope.dealer(this.otherDealer));
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(this.dealer));
	}

	@Test
	void startingTwiceWithOneKeyOpensOnePayment() {
		UUID order = UUID.randomUUID();
		String key = key();
		PaymentView first = start(this.payments, order, "5000.00", key, this.dealer);
		PaymentView again = start(this.payments, order, "5000", key, this.dealer);
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(first.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(first.provider()).isEqualTo("simulated");
		assertThat(first.checkoutUrl()).startsWith("/checkout/simulated/").hasSizeGreaterThan(50);
		assertThat(this.payments.paymentsFor(PaymentTestClient.DEPOSIT, order)).extracting(PaymentView::id)
			.containsExactly(first.id());
		assertThatThrownBy(() -> start(this.payments, order, "4000.00", key, this.dealer)).isInstanceOfSatisfying(
				ProblemException.class, ex -> assertThat(ex.type()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED));
		// another key is another payment (a second deposit attempt)
		assertThat(start(this.payments, order, "5000.00", key(), this.dealer).id()).isNotEqualTo(first.id());
	}

	@Test
	void concurrentStartsWithOneKeyOpenOnePayment() throws Exception {
		UUID order = UUID.randomUUID();
		String key = key();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<UUID>> calls = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				calls.add(() -> start(this.payments, order, "800.00", key, this.dealer).id());
			}
			List<UUID> ids = new ArrayList<>();
			for (Future<UUID> id : pool.invokeAll(calls)) {
				ids.add(id.get());
			}
			assertThat(ids).hasSize(6).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("SELECT count(*) FROM payments WHERE reference = ?", order)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM simulated_checkouts c JOIN payments p ON p.id = c.payment_id"
				+ " WHERE p.reference = ?", order))
			.isEqualTo(1);
	}

	@Test
	void aPaymentTheSimulatedPayerPaysSucceedsOnceTheCallbackArrives() throws Exception {
		PaymentView payment = start(this.payments, UUID.randomUUID(), "5000.00", key(), this.dealer);
		String page = this.mvc.perform(get(payment.checkoutUrl())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("checkout-pay").contains("5,000.00");
		MockHttpServletResponse paid = this.mvc.perform(post(payment.checkoutUrl() + "/pay")).andReturn().getResponse();
		assertThat(paid.getStatus()).isEqualTo(302);
		assertThat(this.mvc.perform(get(payment.checkoutUrl())).andReturn().getResponse().getContentAsString())
			.contains("checkout-paid")
			.doesNotContain("checkout-pay\"");
		// the payment waits for the provider's word, not the page's
		assertThat(status(payment.id())).isEqualTo(PaymentStatus.PENDING);
		List<SignedCallback> callbacks = this.simulated.takeQueued(payment.id());
		assertThat(callbacks).hasSize(1);
		assertThat(outcome(deliver(this.mvc, callbacks.get(0)))).isEqualTo("APPLIED");
		PaymentView succeeded = this.payments.find(payment.id()).orElseThrow();
		assertThat(succeeded.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(succeeded.paidAt()).isNotNull();
		assertThat(succeeded.checkoutUrl()).isNull();
		assertThat(this.events.succeeded(payment.id())).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM audit_log WHERE resource_type = 'payment' AND resource_id = ?",
				payment.id().toString()))
			.isEqualTo(2);
		// a second click changes nothing and owes no second callback
		this.mvc.perform(post(payment.checkoutUrl() + "/pay"));
		assertThat(this.simulated.takeQueued(payment.id())).isEmpty();
	}

	@Test
	void aDeclinedPaymentFailsOnce() throws Exception {
		PaymentView payment = start(this.payments, UUID.randomUUID(), "1200.00", key(), this.dealer);
		this.mvc.perform(post(payment.checkoutUrl() + "/decline"));
		List<SignedCallback> callbacks = this.simulated.takeQueued(payment.id());
		assertThat(callbacks).hasSize(1);
		assertThat(outcome(deliver(this.mvc, callbacks.get(0)))).isEqualTo("APPLIED");
		assertThat(outcome(deliver(this.mvc, callbacks.get(0)))).isEqualTo("DUPLICATE");
		assertThat(status(payment.id())).isEqualTo(PaymentStatus.FAILED);
		assertThat(this.events.failed(payment.id())).isEqualTo(1);
		assertThat(this.events.succeeded(payment.id())).isZero();
		assertThat(this.mvc.perform(get(payment.checkoutUrl())).andReturn().getResponse().getContentAsString())
			.contains("checkout-declined");
	}

	@Test
	void aForgedOrStaleCallbackIsRefusedAndWritesNothing() throws Exception {
		PaymentView payment = start(this.payments, UUID.randomUUID(), "300.00", key(), this.dealer);
		SignedCallback genuine = this.simulated.paymentCallback(payment.id(), Kind.PAYMENT_SUCCEEDED);
		String eventId = JsonPath.read(genuine.body(), "$.eventId");
		SignedCallback tampered = new SignedCallback(genuine.path(), genuine.headers(),
				genuine.body().replace("300.00", "3.00"));
		SignedCallback badSignature = new SignedCallback(genuine.path(),
				java.util.Map.of(SimulatedSignature.TIMESTAMP_HEADER,
						genuine.headers().get(SimulatedSignature.TIMESTAMP_HEADER), SimulatedSignature.SIGNATURE_HEADER,
						"sha256=" + "00".repeat(32)),
				genuine.body());
		SignedCallback unsigned = new SignedCallback(genuine.path(), java.util.Map.of(), genuine.body());
		SignedCallback stale = this.simulated.signedAt(genuine.body(),
				this.clock.instant().minus(Duration.ofMinutes(6)));
		SignedCallback future = this.simulated.signedAt(genuine.body(),
				this.clock.instant().plus(Duration.ofMinutes(6)));
		for (SignedCallback refused : List.of(tampered, badSignature, unsigned, stale, future)) {
			MockHttpServletResponse response = deliver(this.mvc, refused);
			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(response.getContentAsString()).contains(PROBLEMS + "unauthenticated");
		}
		assertThat(deliver(this.mvc, new SignedCallback(genuine.path(), genuine.headers(), genuine.body())).getStatus())
			.isEqualTo(200);
		// before the genuine one nothing had been written; it alone applied
		assertThat(this.events.succeeded(payment.id())).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM payment_callback_events WHERE event_id = ?", eventId)).isEqualTo(1);
	}

	@Test
	void refusedCallbacksLeaveNoTrace() throws Exception {
		PaymentView payment = start(this.payments, UUID.randomUUID(), "300.00", key(), this.dealer);
		SignedCallback genuine = this.simulated.paymentCallback(payment.id(), Kind.PAYMENT_SUCCEEDED);
		String eventId = JsonPath.read(genuine.body(), "$.eventId");
		SignedCallback stale = this.simulated.signedAt(genuine.body(),
				this.clock.instant().minus(Duration.ofMinutes(6)));
		assertThat(deliver(this.mvc, stale).getStatus()).isEqualTo(401);
		assertThat(count("SELECT count(*) FROM payment_callback_events WHERE event_id = ?", eventId)).isZero();
		assertThat(status(payment.id())).isEqualTo(PaymentStatus.PENDING);
		assertThat(this.events.succeeded(payment.id())).isZero();
		assertThat(count("SELECT count(*) FROM audit_log WHERE resource_type = 'payment' AND resource_id = ?",
				payment.id().toString()))
			.isEqualTo(1);
		MockHttpServletResponse unknownProvider = this.mvc
			.perform(post("/api/v1/payment-callbacks/nobody").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andReturn()
			.getResponse();
		assertThat(unknownProvider.getStatus()).isEqualTo(404);
		MockHttpServletResponse garbage = deliver(this.mvc,
				this.simulated.signedAt("{\"eventId\": 1}", this.clock.instant()));
		assertThat(garbage.getStatus()).isEqualTo(400);
	}

	@Test
	void aRepeatedCallbackChangesNothingAndPublishesNothing() throws Exception {
		PaymentView payment = start(this.payments, UUID.randomUUID(), "700.00", key(), this.dealer);
		SignedCallback callback = this.simulated.paymentCallback(payment.id(), Kind.PAYMENT_SUCCEEDED);
		assertThat(outcome(deliver(this.mvc, callback))).isEqualTo("APPLIED");
		assertThat(outcome(deliver(this.mvc, callback))).isEqualTo("DUPLICATE");
		// the provider notifying again under a new event id is valid, and changes nothing
		assertThat(outcome(deliver(this.mvc, this.simulated.paymentCallback(payment.id(), Kind.PAYMENT_SUCCEEDED))))
			.isEqualTo("IGNORED");
		assertThat(this.events.succeeded(payment.id())).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM audit_log WHERE resource_type = 'payment' AND resource_id = ?",
				payment.id().toString()))
			.isEqualTo(2);
	}

	@Test
	void lateCallbacksAfterAFinalStateChangeNothing() throws Exception {
		PaymentView paid = start(this.payments, UUID.randomUUID(), "900.00", key(), this.dealer);
		SignedCallback pending = this.simulated.paymentCallback(paid.id(), Kind.PAYMENT_PENDING);
		SignedCallback failed = this.simulated.paymentCallback(paid.id(), Kind.PAYMENT_FAILED);
		SignedCallback succeeded = this.simulated.paymentCallback(paid.id(), Kind.PAYMENT_SUCCEEDED);
		assertThat(outcome(deliver(this.mvc, succeeded))).isEqualTo("APPLIED");
		assertThat(outcome(deliver(this.mvc, pending))).isEqualTo("IGNORED");
		assertThat(outcome(deliver(this.mvc, failed))).isEqualTo("IGNORED");
		assertThat(status(paid.id())).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(this.events.succeeded(paid.id())).isEqualTo(1);
		assertThat(this.events.failed(paid.id())).isZero();

		PaymentView declined = start(this.payments, UUID.randomUUID(), "900.00", key(), this.dealer);
		assertThat(outcome(deliver(this.mvc, this.simulated.paymentCallback(declined.id(), Kind.PAYMENT_PENDING))))
			.isEqualTo("IGNORED");
		assertThat(status(declined.id())).isEqualTo(PaymentStatus.PENDING);
		assertThat(outcome(deliver(this.mvc, this.simulated.paymentCallback(declined.id(), Kind.PAYMENT_FAILED))))
			.isEqualTo("APPLIED");
		assertThat(outcome(deliver(this.mvc, this.simulated.paymentCallback(declined.id(), Kind.PAYMENT_SUCCEEDED))))
			.isEqualTo("IGNORED");
		assertThat(status(declined.id())).isEqualTo(PaymentStatus.FAILED);
		assertThat(this.events.failed(declined.id())).isEqualTo(1);
		assertThat(this.events.succeeded(declined.id())).isZero();
	}

	@Test
	void refundsAreIdempotentAndNeverExceedWhatWasPaid() throws Exception {
		PaymentView payment = paid("5000.00");
		String key = key();
		MockHttpServletResponse first = refund(this.manager, payment.id(), key, "2000.00");
		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(first.getHeader("Location")).contains("/api/v1/payments/" + payment.id() + "/refunds/");
		assertThat(first.getContentAsString()).contains("\"status\":\"PENDING\"");
		MockHttpServletResponse repeat = refund(this.manager, payment.id(), key, "2000.00");
		assertThat(repeat.getHeader(IdempotencyHeaders.REPLAYED)).isEqualTo("true");
		assertThat(repeat.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(count("SELECT count(*) FROM payment_refunds WHERE payment_id = ?", payment.id())).isEqualTo(1);
		// the pending 2000 counts: only 3000 is left
		MockHttpServletResponse tooMuch = refund(this.manager, payment.id(), key(), "3000.01");
		assertThat(tooMuch.getStatus()).isEqualTo(400);
		assertThat(tooMuch.getContentAsString()).contains(PROBLEMS + "validation").contains("3000.00");
		assertThat(refund(this.manager, payment.id(), key(), "3000.00").getStatus()).isEqualTo(201);
		assertThat(refund(this.manager, payment.id(), key(), "0.01").getStatus()).isEqualTo(400);

		List<SignedCallback> callbacks = this.simulated.takeQueued(payment.id());
		assertThat(callbacks).hasSize(2);
		// delivered in reverse order and each twice
		for (SignedCallback callback : List.of(callbacks.get(1), callbacks.get(0), callbacks.get(1),
				callbacks.get(0))) {
			assertThat(deliver(this.mvc, callback).getStatus()).isEqualTo(200);
		}
		PaymentView refunded = this.payments.find(payment.id()).orElseThrow();
		assertThat(refunded.refunded()).isEqualByComparingTo("5000.00");
		assertThat(refunded.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(this.events.refunded(payment.id())).extracting(e -> e.amount().toPlainString())
			.containsExactlyInAnyOrder("2000.00", "3000.00");
		String view = this.mvc
			.perform(get("/api/v1/payments/" + payment.id()).header("Authorization", "Bearer " + this.hq))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(view, "$.refunds[*].status")).containsOnly("SUCCEEDED");
		assertThat(count("SELECT count(*) FROM audit_log WHERE resource_type = 'payment-refund' AND detail LIKE ?",
				"%of payment " + payment.id() + "%"))
			.isEqualTo(4);
	}

	@Test
	void aFailedRefundFreesItsAmountAndPublishesNothing() throws Exception {
		PaymentView payment = paid("1000.00");
		assertThat(refund(this.manager, payment.id(), key(), "1000.00").getStatus()).isEqualTo(201);
		UUID refundId = this.jdbc.sql("SELECT id FROM payment_refunds WHERE payment_id = ?")
			.param(payment.id())
			.query(UUID.class)
			.single();
		this.simulated.takeQueued(payment.id());
		assertThat(outcome(deliver(this.mvc,
				this.simulated.refundCallback(payment.id(), refundId, new BigDecimal("1000.00"), Kind.REFUND_FAILED))))
			.isEqualTo("APPLIED");
		// a success reported after the failure changes nothing
		assertThat(outcome(deliver(this.mvc, this.simulated.refundCallback(payment.id(), refundId,
				new BigDecimal("1000.00"), Kind.REFUND_SUCCEEDED))))
			.isEqualTo("IGNORED");
		assertThat(this.events.refunded(payment.id())).isEmpty();
		assertThat(this.payments.find(payment.id()).orElseThrow().refunded()).isEqualByComparingTo("0");
		assertThat(refund(this.manager, payment.id(), key(), "1000.00").getStatus()).isEqualTo(201);
	}

	@Test
	void aRefundCallbackForAnUnknownRefundIsRefusedAndCanBeRetriedLater() throws Exception {
		PaymentView payment = paid("600.00");
		SignedCallback early = this.simulated.refundCallback(payment.id(), UUID.randomUUID(), new BigDecimal("600.00"),
				Kind.REFUND_SUCCEEDED);
		String eventId = JsonPath.read(early.body(), "$.eventId");
		assertThat(deliver(this.mvc, early).getStatus()).isEqualTo(404);
		assertThat(count("SELECT count(*) FROM payment_callback_events WHERE event_id = ?", eventId)).isZero();
		assertThat(this.payments.find(payment.id()).orElseThrow().refunded()).isEqualByComparingTo("0");
		PaymentView pending = start(this.payments, UUID.randomUUID(), "600.00", key(), this.dealer);
		SignedCallback forPending = this.simulated.refundCallback(pending.id(), UUID.randomUUID(),
				new BigDecimal("600.00"), Kind.REFUND_SUCCEEDED);
		assertThat(deliver(this.mvc, forPending).getStatus()).isEqualTo(404);
		assertThat(this.events.refunded(pending.id())).isEmpty();
	}

	@Test
	void aPaymentThatHasNotSucceededCannotBeRefunded() throws Exception {
		PaymentView pending = start(this.payments, UUID.randomUUID(), "600.00", key(), this.dealer);
		MockHttpServletResponse refused = refund(this.manager, pending.id(), key(), "100.00");
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains(PROBLEMS + "conflict").contains("PENDING");
		assertThat(count("SELECT count(*) FROM payment_refunds WHERE payment_id = ?", pending.id())).isZero();
		assertThatThrownBy(() -> CurrentAccess
			.asSystem(() -> this.payments.refund(pending.id(), new BigDecimal("1.00"), "test", key())))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void concurrentRefundsNeverExceedThePayment() throws Exception {
		PaymentView payment = paid("5000.00");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Boolean>> calls = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(() -> {
				try {
					CurrentAccess
						.asSystem(() -> this.payments.refund(payment.id(), new BigDecimal("1000.00"), "race", key()));
					return true;
				}
				catch (RefundRefused ex) {
					return false;
				}
			});
		}
		List<Boolean> granted = new ArrayList<>();
		try {
			for (Future<Boolean> outcome : pool.invokeAll(calls)) {
				granted.add(outcome.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(granted.stream().filter(g -> g).count()).isEqualTo(5);
		for (SignedCallback callback : this.simulated.takeQueued(payment.id())) {
			deliver(this.mvc, callback);
		}
		assertThat(this.payments.find(payment.id()).orElseThrow().refunded()).isEqualByComparingTo("5000.00");
		assertThat(this.events.refunded(payment.id())).hasSize(5);
	}

	@Test
	void refundsNeedTheKeyAndTheManagersPermission() throws Exception {
		PaymentView payment = paid("100.00");
		MockHttpServletResponse noKey = this.mvc
			.perform(post("/api/v1/payments/" + payment.id() + "/refunds")
				.header("Authorization", "Bearer " + this.manager)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\": 10.00, \"reason\": \"goodwill\"}"))
			.andReturn()
			.getResponse();
		assertThat(noKey.getStatus()).isEqualTo(400);
		assertThat(noKey.getContentAsString()).contains(PROBLEMS + "idempotency-key-missing");
		assertThat(refund(this.consultant, payment.id(), key(), "10.00").getStatus()).isEqualTo(403);
		assertThat(refund(this.otherManager, payment.id(), key(), "10.00").getStatus()).isEqualTo(404);
		MockHttpServletResponse badAmount = refund(this.manager, payment.id(), key(), "10.001");
		assertThat(badAmount.getStatus()).isEqualTo(400);
		assertThat(count("SELECT count(*) FROM payment_refunds WHERE payment_id = ?", payment.id())).isZero();
	}

	@Test
	void aPaymentIsVisibleInItsDealersScopeOnly() throws Exception {
		PaymentView payment = start(this.payments, UUID.randomUUID(), "100.00", key(), this.dealer);
		assertThat(view(this.manager, payment.id()).getStatus()).isEqualTo(200);
		assertThat(view(this.consultant, payment.id()).getContentAsString()).contains("\"status\":\"PENDING\"")
			.contains("\"checkoutUrl\":\"/checkout/simulated/");
		assertThat(view(this.hq, payment.id()).getStatus()).isEqualTo(200);
		assertThat(view(this.otherManager, payment.id()).getStatus()).isEqualTo(404);
		assertThat(view(this.hq, UUID.randomUUID()).getStatus()).isEqualTo(404);
		assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'ACCESS_DENIED' AND resource_id = ?",
				payment.id().toString()))
			.isEqualTo(1);
	}

	@Test
	void anUnknownCheckoutLinkShowsNothing() throws Exception {
		assertThat(this.mvc.perform(get("/checkout/simulated/not-a-token")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		SimulatedCheckout checkout = this.simulated
			.checkout(start(this.payments, UUID.randomUUID(), "100.00", key(), this.dealer).id());
		assertThat(checkout.status()).isEqualTo(SimulatedCheckout.Status.OPEN);
		assertThat(checkout.token()).hasSizeGreaterThanOrEqualTo(43);
	}

	/** A payment the payer paid and the provider confirmed. */
	private PaymentView paid(String amount) throws Exception {
		PaymentView payment = start(this.payments, UUID.randomUUID(), amount, key(), this.dealer);
		this.simulated.pay(payment.id());
		for (SignedCallback callback : this.simulated.takeQueued(payment.id())) {
			assertThat(outcome(deliver(this.mvc, callback))).isEqualTo("APPLIED");
		}
		assertThat(status(payment.id())).isEqualTo(PaymentStatus.SUCCEEDED);
		return payment;
	}

	private MockHttpServletResponse refund(String apiKey, UUID payment, String key, String amount) throws Exception {
		return this.mvc
			.perform(post("/api/v1/payments/" + payment + "/refunds").header("Authorization", "Bearer " + apiKey)
				.header(IdempotencyHeaders.KEY, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"amount\": " + amount + ", \"reason\": \"客户取消订单\"}"))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse view(String apiKey, UUID payment) throws Exception {
		return this.mvc.perform(get("/api/v1/payments/" + payment).header("Authorization", "Bearer " + apiKey))
			.andReturn()
			.getResponse();
	}

	private PaymentStatus status(UUID payment) {
		return this.payments.find(payment).orElseThrow().status();
	}

	private static String outcome(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return JsonPath.read(response.getContentAsString(), "$.outcome");
	}

	private long count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

}
