package io.forecourt.sales.payments;

/**
 * A provider refused a call or could not be reached. Nothing of the call is kept: the
 * transaction that recorded the payment or refund rolls back, and the caller may retry
 * with the same idempotency key.
 */
public class PaymentProviderException extends RuntimeException {

	public PaymentProviderException(String message, Throwable cause) {
		super(message, cause);
	}

	public PaymentProviderException(String message) {
		super(message);
	}

}
