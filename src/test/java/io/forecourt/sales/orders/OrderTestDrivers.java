package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.PaymentSucceeded;
import io.forecourt.sales.PaymentView;
import io.forecourt.sales.Payments;
import io.forecourt.sales.payments.PaymentCallbacks;
import io.forecourt.sales.payments.ProviderCallback;
import io.forecourt.sales.payments.simulated.SignedCallback;
import io.forecourt.sales.payments.simulated.SimulatedPaymentProvider;
import io.forecourt.sales.payments.simulated.SimulatedProviderControls;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drivers the order tests use on real implementations: the buyer paying a deposit through
 * the simulated payment provider. (Catalog and stock are the real ones too: the tests
 * configure cars and move stock through their APIs, see {@link OrderWork}.)
 */
@AutoConfiguration
public class OrderTestDrivers {

	@Bean
	@ConditionalOnBean(SimulatedProviderControls.class)
	Deposits deposits(Payments payments, SimulatedProviderControls provider, PaymentCallbacks callbacks,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, JdbcClient jdbc) {
		return new Deposits(payments, provider, callbacks, events, new TransactionTemplate(transactions), jdbc);
	}

	/**
	 * Drives the real payment port through the simulated provider: the payer pays, and
	 * the provider's signed callback is received as it would arrive over HTTP.
	 */
	public static class Deposits {

		private final Payments payments;

		private final SimulatedProviderControls provider;

		private final PaymentCallbacks callbacks;

		private final ApplicationEventPublisher events;

		private final TransactionTemplate transactions;

		private final JdbcClient jdbc;

		Deposits(Payments payments, SimulatedProviderControls provider, PaymentCallbacks callbacks,
				ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
			this.payments = payments;
			this.provider = provider;
			this.callbacks = callbacks;
			this.events = events;
			this.transactions = transactions;
			this.jdbc = jdbc;
		}

		public PaymentView start(NewPayment payment) {
			return CurrentAccess.asSystem(() -> this.payments.start(payment));
		}

		public List<PaymentView> paymentsFor(String purpose, UUID reference) {
			return this.payments.paymentsFor(purpose, reference);
		}

		/** The payer pays and the provider's callback arrives: PaymentSucceeded. */
		public PaymentSucceeded succeed(UUID paymentId) {
			payAtProvider(paymentId);
			deliverCallbacks(paymentId);
			PaymentView paid = this.payments.find(paymentId).orElseThrow();
			return new PaymentSucceeded(paid.id(), paid.purpose(), paid.reference(), paid.amount(),
					java.util.Objects.requireNonNull(paid.paidAt()));
		}

		/**
		 * The payer pays on the provider's checkout page; its callback waits for
		 * {@link #deliverCallbacks} (a late one). A closed checkout stays closed.
		 */
		public String payAtProvider(UUID paymentId) {
			return this.provider.pay(paymentId).status().name();
		}

		/** The provider's callbacks about the payment not delivered yet arrive now. */
		public void deliverCallbacks(UUID paymentId) {
			for (SignedCallback callback : this.provider.takeQueued(paymentId)) {
				this.callbacks.receive(SimulatedPaymentProvider.CODE, new ProviderCallback(callback.headers(),
						callback.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
		}

		/**
		 * Publishes the confirmation again, as a redelivery from the event registry
		 * would.
		 */
		public void redeliver(PaymentSucceeded event) {
			this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
		}

		/** The refunds asked of the provider for a payment. */
		public List<AskedRefund> refundsOf(UUID paymentId) {
			return this.jdbc.sql("SELECT amount, idempotency_key FROM payment_refunds WHERE payment_id = ?")
				.param(paymentId)
				.query((rs, n) -> new AskedRefund(rs.getBigDecimal("amount"), rs.getString("idempotency_key")))
				.list();
		}

		public record AskedRefund(BigDecimal amount, String idempotencyKey) {
		}

	}

}
