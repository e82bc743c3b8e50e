package io.forecourt.kernel.security;

/**
 * A console-side page anyone may open without signing in, such as the buyer's order
 * progress page reached by an unguessable link. Modules declare theirs as beans; the
 * console filter chain lets GET requests to them through, and the page must then answer
 * only what its link entitles (and be rate-limited, see {@link RateLimits}).
 *
 * @param pattern an Ant-style path pattern outside {@code /api/}, e.g.
 * {@code /order-progress/*}
 */
public record PublicPage(String pattern) {

	public PublicPage {
		if (!pattern.startsWith("/") || pattern.startsWith("/api/")) {
			throw new IllegalArgumentException("A public page is a console path outside /api/: " + pattern);
		}
	}

}
