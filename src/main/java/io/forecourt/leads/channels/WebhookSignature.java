package io.forecourt.leads.channels;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signing scheme of lead webhooks: {@code X-Forecourt-Signature: sha256=<hex>}, the
 * HMAC-SHA256 under the channel's secret of {@code timestamp + "." + nonce + "." + body},
 * the body byte for byte as sent. Neither the timestamp (digits) nor the nonce may
 * contain a dot, so the signed text splits one way only.
 */
final class WebhookSignature {

	static final String SCHEME = "sha256=";

	private WebhookSignature() {
	}

	static byte[] compute(String secret, String timestamp, String nonce, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + "." + nonce + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this JVM", ex);
		}
	}

	/** Whether the header carries the right signature, compared in constant time. */
	static boolean matches(String header, String secret, String timestamp, String nonce, byte[] body) {
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
		return MessageDigest.isEqual(given, compute(secret, timestamp, nonce, body));
	}

}
