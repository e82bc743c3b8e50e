package io.forecourt.sales.payments;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.idempotency.IdempotentTestTransfers;
import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import io.forecourt.sales.payments.simulated.SignedCallback;
import io.forecourt.sales.payments.simulated.SimulatedCheckout;
import io.forecourt.sales.payments.simulated.SimulatedProviderControls;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.payments.PaymentTestClient.deliver;
import static io.forecourt.sales.payments.PaymentTestClient.key;
import static io.forecourt.sales.payments.PaymentTestClient.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Payments whose callback never came: after the grace period the provider is asked, and
 * after the payment window an unpaid payment is closed at the provider and failed here.
 * What the provider answers is applied by the callback rules, so the lost callback
 * arriving late afterwards changes nothing and each outcome is published once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MutableClock.Configuration.class, IdempotentTestTransfers.class, PaymentEventsRecorder.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentReconciliationTests {

	@Autowired
	PaymentReconciliation reconciliation;

	@Autowired
	Payments payments;

	@Autowired
	SimulatedProviderControls simulated;

	@Autowired
	PaymentEventsRecorder events;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	UUID dealer;

	@BeforeAll
	void dealer() {
		this.dealer = this.jdbc.sql("SELECT id FROM dealers WHERE code = 'BJ-001'").query(UUID.class).single();
	}

	@Test
	void aPaidPaymentWhoseCallbackWasLostSucceedsOnceAskedAndTheLateCallbackChangesNothing() throws Exception {
		PaymentView payment = start(this.payments, UUID.randomUUID(), "5000.00", key(), this.dealer);
		this.simulated.pay(payment.id());
		List<SignedCallback> lost = this.simulated.takeQueued(payment.id());
		assertThat(lost).hasSize(1);

		// within the grace period the callback may still come: nobody asks yet
		this.reconciliation.reconcile();
		assertThat(status(payment)).isEqualTo(PaymentStatus.PENDING);

		this.clock.advance(Duration.ofMinutes(3));
		this.reconciliation.reconcile();
		assertThat(status(payment)).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(this.events.succeeded(payment.id())).isEqualTo(1);

		// asking again, and the lost callback turning up at last, change nothing
		this.reconciliation.reconcile();
		assertThat(deliver(this.mvc, lost.get(0)).getContentAsString()).contains("IGNORED");
		assertThat(this.events.succeeded(payment.id())).isEqualTo(1);
	}

	@Test
	void aDeclinedPaymentWhoseCallbackWasLostFailsOnceAsked() {
		PaymentView payment = start(this.payments, UUID.randomUUID(), "800.00", key(), this.dealer);
		this.simulated.decline(payment.id());
		this.simulated.takeQueued(payment.id());
		this.clock.advance(Duration.ofMinutes(3));
		this.reconciliation.reconcile();
		assertThat(status(payment)).isEqualTo(PaymentStatus.FAILED);
		assertThat(this.events.failed(payment.id())).isEqualTo(1);
		assertThat(this.events.succeeded(payment.id())).isZero();
	}

	@Test
	void anUnpaidPaymentIsClosedAfterThePaymentWindowAndCanNoLongerBePaid() throws Exception {
		PaymentView payment = start(this.payments, UUID.randomUUID(), "1200.00", key(), this.dealer);
		this.clock.advance(Duration.ofMinutes(5));
		this.reconciliation.reconcile();
		// asked, still waiting for the payer: nothing changes
		assertThat(status(payment)).isEqualTo(PaymentStatus.PENDING);
		assertThat(this.simulated.checkout(payment.id()).status()).isEqualTo(SimulatedCheckout.Status.OPEN);

		this.clock.advance(Duration.ofMinutes(30));
		this.reconciliation.reconcile();
		assertThat(status(payment)).isEqualTo(PaymentStatus.FAILED);
		assertThat(this.jdbc.sql("SELECT failure_reason FROM payments WHERE id = ?")
			.param(payment.id())
			.query(String.class)
			.single()).isEqualTo("closed unpaid");
		assertThat(this.events.failed(payment.id())).isEqualTo(1);
		assertThat(this.simulated.checkout(payment.id()).status()).isEqualTo(SimulatedCheckout.Status.CLOSED);

		// the payer comes back too late: the page says closed and no money moves
		String checkoutUrl = "/checkout/simulated/" + this.simulated.checkout(payment.id()).token();
		this.mvc.perform(post(checkoutUrl + "/pay"));
		assertThat(this.simulated.takeQueued(payment.id())).isEmpty();
		assertThat(this.mvc.perform(get(checkoutUrl)).andReturn().getResponse().getContentAsString())
			.contains("checkout-closed");
		assertThat(status(payment)).isEqualTo(PaymentStatus.FAILED);
	}

	@Test
	void aPaymentClosedThroughThePortFailsOnceAndAPaidOneIsLeftAsItIs() {
		PaymentView unpaid = start(this.payments, UUID.randomUUID(), "600.00", key(), this.dealer);
		assertThat(this.payments.close(unpaid.id()).status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(this.simulated.checkout(unpaid.id()).status()).isEqualTo(SimulatedCheckout.Status.CLOSED);
		assertThat(this.events.failed(unpaid.id())).isEqualTo(1);
		// closing again asks nobody and publishes nothing
		assertThat(this.payments.close(unpaid.id()).status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(this.events.failed(unpaid.id())).isEqualTo(1);

		// paid just before the close, its callback not in yet: the close reports the
		// success
		PaymentView paid = start(this.payments, UUID.randomUUID(), "700.00", key(), this.dealer);
		this.simulated.pay(paid.id());
		this.simulated.takeQueued(paid.id());
		assertThat(this.payments.close(paid.id()).status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(this.simulated.checkout(paid.id()).status()).isEqualTo(SimulatedCheckout.Status.PAID);
		assertThat(this.events.succeeded(paid.id())).isEqualTo(1);
	}

	private PaymentStatus status(PaymentView payment) {
		return this.payments.find(payment.id()).orElseThrow().status();
	}

}
