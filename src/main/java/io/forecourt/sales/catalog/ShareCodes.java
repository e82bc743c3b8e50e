package io.forecourt.sales.catalog;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Short codes a buyer can read out over the phone or type from a screenshot: 8 random
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L). 31^8 ≈ 8.5 × 10^11
 * codes make guessing one impractical at the public endpoint's rate limit, and a
 * collision is merely retried.
 */
final class ShareCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 8;

	private final RandomGenerator random;

	ShareCodes() {
		this(new SecureRandom());
	}

	ShareCodes(RandomGenerator random) {
		this.random = random;
	}

	String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code as stored, from what someone typed: case, spaces and dashes do not matter;
	 * empty when it cannot be a code.
	 */
	static Optional<String> normalise(String typed) {
		String code = typed.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(code);
	}

}
