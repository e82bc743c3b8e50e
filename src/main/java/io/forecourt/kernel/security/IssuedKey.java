package io.forecourt.kernel.security;

/**
 * A freshly issued key with its secret. The secret is shown to the caller this once and
 * stored only as a hash; it cannot be recovered later.
 */
public record IssuedKey(ApiKey key, String secret) {

	@Override
	public String toString() {
		return "IssuedKey[" + this.key + ", secret=" + this.key.keyPrefix() + "…]";
	}

}
