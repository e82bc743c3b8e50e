package io.forecourt.kernel.idempotency;

import java.util.UUID;

/** What claiming an {@code Idempotency-Key} found. */
sealed interface IdempotencyClaim {

	/** The key is this request's now: run the handler, then complete or release it. */
	record Claimed(UUID token) implements IdempotencyClaim {
	}

	/** The key settled an identical request before: answer with its response. */
	record Replay(StoredResponse response) implements IdempotencyClaim {
	}

	/** An identical request with the key is still running (and its claim is fresh). */
	record InFlight() implements IdempotencyClaim {
	}

	/** The key was used for a different request (method, path or body). */
	record Mismatch(String method, String path) implements IdempotencyClaim {
	}

}
