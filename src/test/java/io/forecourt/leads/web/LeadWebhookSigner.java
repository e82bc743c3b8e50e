package io.forecourt.leads.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signs webhook deliveries as a channel's integrator would, following the README rather
 * than the production code: {@code X-Forecourt-Signature: sha256=<hex>} of HMAC-SHA256
 * under the secret's UTF-8 bytes over {@code timestamp + "." + nonce + "." + body}.
 */
final class LeadWebhookSigner {

	/** The published secret of a demo channel (README, Leads). */
	static String demoSecret(String channel) {
		String start = "fcwh_demo_" + channel + "_";
		return start + "0".repeat(48 - start.length());
	}

	private LeadWebhookSigner() {
	}

	/** A delivery signed now with a fresh nonce. */
	static MockHttpServletRequestBuilder signed(String channel, String secret, String body) {
		return signed(channel, secret, body, Instant.now().getEpochSecond(), nonce());
	}

	static MockHttpServletRequestBuilder signed(String channel, String secret, String body, long timestamp,
			String nonce) {
		String time = Long.toString(timestamp);
		return unsigned(channel, body).header("X-Forecourt-Timestamp", time)
			.header("X-Forecourt-Nonce", nonce)
			.header("X-Forecourt-Signature", signature(secret, time, nonce, body.getBytes(StandardCharsets.UTF_8)));
	}

	static MockHttpServletRequestBuilder unsigned(String channel, String body) {
		return post("/api/v1/lead-webhooks/" + channel).contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8));
	}

	static String nonce() {
		return UUID.randomUUID().toString();
	}

	static String signature(String secret, String timestamp, String nonce, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + "." + nonce + ".").getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
