package io.forecourt.sales.payments;

/**
 * A refund the payment cannot give: it has not succeeded, or the amount exceeds what is
 * left to refund. An {@link IllegalStateException}, as the port promises.
 */
public class RefundRefused extends IllegalStateException {

	/** Why the refund was refused. */
	public enum Reason {

		NOT_SUCCEEDED, EXCEEDS_REMAINING

	}

	private final Reason reason;

	RefundRefused(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
