package io.forecourt.sales.payments;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.forecourt.sales.PaymentFailed;
import io.forecourt.sales.PaymentRefunded;
import io.forecourt.sales.PaymentSucceeded;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records the payment events that were committed (published in a transaction that then
 * committed), so tests can count them per payment.
 */
@TestComponent
public class PaymentEventsRecorder {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@TransactionalEventListener(fallbackExecution = true)
	void on(PaymentSucceeded event) {
		this.events.add(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PaymentFailed event) {
		this.events.add(event);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PaymentRefunded event) {
		this.events.add(event);
	}

	public long succeeded(UUID paymentId) {
		return this.events.stream()
			.filter(e -> e instanceof PaymentSucceeded s && s.paymentId().equals(paymentId))
			.count();
	}

	public long failed(UUID paymentId) {
		return this.events.stream()
			.filter(e -> e instanceof PaymentFailed f && f.paymentId().equals(paymentId))
			.count();
	}

	public List<PaymentRefunded> refunded(UUID paymentId) {
		return this.events.stream()
			.filter(e -> e instanceof PaymentRefunded r && r.paymentId().equals(paymentId))
			.map(PaymentRefunded.class::cast)
			.toList();
	}

}
