package io.forecourt.leads.channels;

import org.jspecify.annotations.Nullable;

/**
 * One POST to a channel's webhook as received: the three signing headers (any may be
 * missing) and the body byte for byte.
 */
public record WebhookDelivery(@Nullable String timestamp, @Nullable String nonce, @Nullable String signature,
		byte[] body) {

	public static final String TIMESTAMP_HEADER = "X-Forecourt-Timestamp";

	public static final String NONCE_HEADER = "X-Forecourt-Nonce";

	public static final String SIGNATURE_HEADER = "X-Forecourt-Signature";

	/** Larger bodies are refused (413) before anything else is looked at. */
	public static final int MAX_BODY_BYTES = 64 * 1024;

}
