package io.forecourt.sales.payments.simulated;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the simulated provider signs its callbacks, as our outgoing and incoming webhooks
 * do: {@code X-Simulated-Timestamp} (epoch seconds) and
 * {@code X-Simulated-Signature: sha256=<hex>}, the HMAC-SHA256 under the provider's
 * secret of {@code timestamp + "." + body}, the body byte for byte. The event id inside
 * the body makes each callback recognisable when repeated.
 */
public final class SimulatedSignature {

	public static final String TIMESTAMP_HEADER = "X-Simulated-Timestamp";

	public static final String SIGNATURE_HEADER = "X-Simulated-Signature";

	static final String SCHEME = "sha256=";

	private SimulatedSignature() {
	}

	public static String sign(String secret, String timestamp, byte[] body) {
		return SCHEME + HexFormat.of().formatHex(compute(secret, timestamp, body));
	}

	/** Whether the header carries the right signature, compared in constant time. */
	static boolean matches(String header, String secret, String timestamp, byte[] body) {
		String value = header.strip();
		if (!value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(value.substring(SCHEME.length()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(given, compute(secret, timestamp, body));
	}

	private static byte[] compute(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

}
