package io.forecourt.sales.payments.simulated;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.PaymentStatus;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated provider as a real one behaves, over real HTTP: the payer clicks on the
 * checkout page, and after the configured delay the provider's job sends the signed
 * callback to our callback endpoint, which settles the payment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "forecourt.payments.simulated.callback-delay=PT0.3S",
				"forecourt.payments.simulated.delivery-interval=PT0.2S" })
@ActiveProfiles("test")
class SimulatedProviderDeliveryTests {

	@LocalServerPort
	int port;

	@Autowired
	Payments payments;

	@Autowired
	SimulatedProviderControls controls;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void thePayersClickReachesUsAsASignedCallbackAfterTheDelay() throws Exception {
		PaymentView payment = open("2000.00");
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create(url(payment.checkoutUrl()))).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"checkout-pay\"").contains("2,000.00");
		HttpResponse<String> clicked = this.http
			.send(HttpRequest.newBuilder(URI.create(url(payment.checkoutUrl() + "/pay")))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(clicked.statusCode()).isEqualTo(302);
		await(() -> status(payment.id()) == PaymentStatus.SUCCEEDED);
		// the provider marks it sent once our endpoint answered 2xx
		await(() -> this.jdbc
			.sql("SELECT count(*) FROM simulated_callbacks WHERE body LIKE ? AND delivered_at IS NOT NULL"
					+ " AND last_error IS NULL")
			.param("%" + payment.id() + "%")
			.query(Long.class)
			.single() == 1);
	}

	@Test
	void aConfiguredFailureRateDeclinesPaymentsAtTheBank() throws Exception {
		PaymentView payment = open("300.00");
		this.controls.overrideFailureRate(1.0);
		try {
			this.http.send(HttpRequest.newBuilder(URI.create(url(payment.checkoutUrl() + "/pay")))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		finally {
			this.controls.overrideFailureRate(null);
		}
		await(() -> status(payment.id()) == PaymentStatus.FAILED);
		assertThat(this.controls.checkout(payment.id()).status()).isEqualTo(SimulatedCheckout.Status.DECLINED);
	}

	private PaymentView open(String amount) {
		return CurrentAccess.asSystem(() -> this.payments.start(new NewPayment("ORDER_DEPOSIT", UUID.randomUUID(), null,
				null, new java.math.BigDecimal(amount), "Deposit", UUID.randomUUID().toString())));
	}

	private PaymentStatus status(UUID payment) {
		return this.payments.find(payment).orElseThrow().status();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

}
