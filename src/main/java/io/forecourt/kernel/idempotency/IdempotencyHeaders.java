package io.forecourt.kernel.idempotency;

/** The headers of the {@code Idempotency-Key} contract (see {@link Idempotent}). */
public final class IdempotencyHeaders {

	/**
	 * The request header carrying the client's key: 1 to 255 printable ASCII characters,
	 * e.g. a UUID; unique per operation the client means to perform once.
	 */
	public static final String KEY = "Idempotency-Key";

	/** Set to {@code true} on a response that repeats the first response to the key. */
	public static final String REPLAYED = "Idempotent-Replayed";

	private IdempotencyHeaders() {
	}

}
