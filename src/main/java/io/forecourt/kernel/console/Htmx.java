package io.forecourt.kernel.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's htmx convention: <em>a page renders its fragments; an htmx request gets
 * just the fragment.</em> A template marks the parts htmx swaps with {@code th:fragment},
 * and the full page includes them, so there is one source for both:
 *
 * <pre>{@code
 * &#64;GetMapping("/dealers")
 * String list(Model model, HttpServletRequest request, HttpServletResponse response) {
 *     model.addAttribute("dealers", ...);
 *     return Htmx.pageOrFragment(request, response, "network/dealers", "results");
 * }
 * }</pre>
 *
 * A form that fails validation answers {@code 422 Unprocessable Content} with its form
 * fragment: {@code static/js/console.js} tells htmx to swap 422 responses (htmx leaves
 * other 4xx alone) and to send the CSRF token on every htmx request that changes
 * something.
 */
public final class Htmx {

	/** Sent by htmx on every request it makes. */
	public static final String REQUEST = "HX-Request";

	/** Sent with {@link #REQUEST} when htmx reloads a page for its history cache. */
	public static final String HISTORY_RESTORE_REQUEST = "HX-History-Restore-Request";

	/** Sent with {@link #REQUEST} by {@code hx-boost}, which swaps the whole body. */
	public static final String BOOSTED = "HX-Boosted";

	private Htmx() {
	}

	/** Whether htmx made the request and wants a fragment rather than a page. */
	public static boolean wantsFragment(HttpServletRequest request) {
		return "true".equals(request.getHeader(REQUEST)) && !"true".equals(request.getHeader(HISTORY_RESTORE_REQUEST))
				&& !"true".equals(request.getHeader(BOOSTED));
	}

	/**
	 * The view for the request: {@code template :: fragment} for htmx, the whole
	 * {@code template} otherwise. Adds {@code Vary: HX-Request} so no cache serves a
	 * fragment where a page was asked for.
	 */
	public static String pageOrFragment(HttpServletRequest request, HttpServletResponse response, String template,
			String fragment) {
		response.addHeader("Vary", REQUEST);
		return wantsFragment(request) ? template + " :: " + fragment : template;
	}

}
