package io.forecourt.kernel.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request as an {@code Idempotency-Key} remembers it.
 *
 * @param caller whose key it is: the principal's subject id, so two callers never see
 * each other's responses
 * @param key the client's key
 * @param method the HTTP method
 * @param path the request path with its query string
 * @param hash SHA-256 (hex) over method, path and body: what must match for a repeat
 */
record IdempotencyRequest(String caller, String key, String method, String path, String hash) {

	static IdempotencyRequest of(String caller, String key, String method, String path, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((method + "\n" + path + "\n").getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return new IdempotencyRequest(caller, key, method, path, HexFormat.of().formatHex(digest.digest()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available in this JVM", ex);
		}
	}

}
