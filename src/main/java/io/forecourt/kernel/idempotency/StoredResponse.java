package io.forecourt.kernel.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * The part of a first response that a repeat gets again: its status, body and the headers
 * that describe the result ({@code Content-Type}, {@code Location}).
 */
record StoredResponse(int status, @Nullable String contentType, @Nullable String location, String body) {

	/**
	 * Whether a response settles the request, so a repeat must get it again: successes
	 * and business refusals do. Server errors and the refusals that may pass on a retry
	 * (not signed in, not allowed, timed out, too early, rate-limited) release the key
	 * instead, so the client can try again with it.
	 */
	static boolean settles(int status) {
		if (status < 200 || status >= 500) {
			return false;
		}
		return switch (status) {
			case 401, 403, 408, 425, 429 -> false;
			default -> true;
		};
	}

}
