package io.forecourt.leads.channels;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A channel's webhook secret, the HMAC-SHA256 key it signs deliveries with (its UTF-8
 * bytes, so {@code openssl dgst -hmac "$SECRET"} works as is): {@code fcwh_} and 43
 * URL-safe characters, 256 random bits.
 */
record ChannelSecret(String value) {

	static final String PREFIX = "fcwh_";

	private static final Pattern FORMAT = Pattern.compile("fcwh_[A-Za-z0-9_-]{32,100}");

	private static final int HINT_CHARS = 9;

	private static final SecureRandom RANDOM = new SecureRandom();

	ChannelSecret {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a channel secret");
		}
	}

	static ChannelSecret generate() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return new ChannelSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
	}

	/** Enough to tell secrets apart, far too little to guess one. */
	String hint() {
		return this.value.substring(0, HINT_CHARS) + "…";
	}

	@Override
	public String toString() {
		return "ChannelSecret[" + hint() + "]";
	}

}
