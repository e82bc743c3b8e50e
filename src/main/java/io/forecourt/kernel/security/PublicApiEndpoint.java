package io.forecourt.kernel.security;

import org.springframework.http.HttpMethod;

/**
 * An API endpoint that needs no API key because it authenticates its callers itself, such
 * as a signed webhook from a lead channel, which cannot hold one of our keys. Modules
 * declare theirs as beans; the API filter chain lets them through (stateless, no CSRF,
 * like the rest of the API), and the endpoint must then refuse what it cannot verify.
 *
 * @param pattern an Ant-style path pattern, e.g. {@code /api/v1/lead-webhooks/*}
 */
public record PublicApiEndpoint(HttpMethod method, String pattern) {

	public PublicApiEndpoint {
		if (!pattern.startsWith("/api/")) {
			throw new IllegalArgumentException("A public API endpoint must lie under /api/: " + pattern);
		}
	}

}
