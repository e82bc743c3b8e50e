package io.forecourt.kernel.console;

import java.util.Objects;
import java.util.Optional;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Permission;
import org.jspecify.annotations.Nullable;

/**
 * One item of the console navigation. Each module declares its items as beans; the layout
 * shows those the signed-in user may use, sorted by {@link #order()}:
 *
 * <pre>{@code
 * &#64;Bean
 * NavEntry dealersNavEntry() {
 *     return new NavEntry("network.dealers", "network.nav.dealers", "/dealers", 200, Permission.NETWORK_READ);
 * }
 * }</pre>
 *
 * Order ranges, so menus stay stable as modules land: 0 home, 100 leads, 200 network, 300
 * sales, 400 presale, 500 service, 600 loyalty, 700 marketing, 800 vehicles, 900
 * analytics, 1000 administration (audit, accounts).
 *
 * @param id unique across all modules, e.g. {@code network.dealers}
 * @param messageKey the label's key in the module's message bundle
 * @param href the page's path inside the application, starting with {@code /}
 * @param order position in the menu, lower first
 * @param requiredPermission what the user must be allowed to do to see the entry, or
 * {@code null} for every signed-in user
 */
public record NavEntry(String id, String messageKey, String href, int order, @Nullable Permission requiredPermission) {

	public NavEntry {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(href, "href");
		if (!href.startsWith("/")) {
			throw new IllegalArgumentException(
					"A nav entry links inside the console, so its href starts with '/': " + href);
		}
	}

	/** Whether the user (empty when nobody is signed in) may use this entry. */
	public boolean visibleTo(Optional<ForecourtPrincipal> principal) {
		return principal.map(p -> this.requiredPermission == null || p.can(this.requiredPermission)).orElse(false);
	}

	/**
	 * Whether the page at {@code path} belongs to this entry: the entry's own page or one
	 * below it ({@code /dealers/42} belongs to {@code /dealers}); {@code /} only matches
	 * itself.
	 */
	public boolean activeFor(@Nullable String path) {
		if (path == null) {
			return false;
		}
		if (this.href.equals("/")) {
			return path.equals("/");
		}
		return path.equals(this.href) || path.startsWith(this.href.endsWith("/") ? this.href : this.href + "/");
	}

}
