package io.forecourt.kernel.console;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What every console page's model carries, for the layout:
 * <ul>
 * <li>{@value #NAV}: the {@link NavEntry}s the user may use, in menu order;</li>
 * <li>{@value #USER}: the signed-in {@link ConsoleUser}, or {@code null};</li>
 * <li>{@value #LOCALE}: the viewer's {@link Locale};</li>
 * <li>{@value #ZONE}: the viewer's {@link java.time.ZoneId};</li>
 * <li>{@value #PATH}: the page's path, to mark the active menu entry.</li>
 * </ul>
 */
@Component
class ConsoleModel {

	static final String NAV = "nav";

	static final String USER = "currentUser";

	static final String LOCALE = "currentLocale";

	static final String ZONE = "currentZone";

	static final String PATH = "currentPath";

	private final ConsoleNavigation navigation;

	private final MessageSource messages;

	private final ObjectProvider<ScopeNames> scopeNames;

	private final ConsoleProperties properties;

	ConsoleModel(ConsoleNavigation navigation, MessageSource messages, ObjectProvider<ScopeNames> scopeNames,
			ConsoleProperties properties) {
		this.navigation = navigation;
		this.messages = messages;
		this.scopeNames = scopeNames;
		this.properties = properties;
	}

	Map<String, @Nullable Object> attributes(HttpServletRequest request) {
		Optional<ForecourtPrincipal> principal = CurrentAccess.principal();
		Locale locale = RequestContextUtils.getLocale(request);
		Map<String, @Nullable Object> attributes = new LinkedHashMap<>();
		attributes.put(NAV, this.navigation.visibleTo(principal));
		attributes.put(USER, principal.map(p -> user(p, locale)).orElse(null));
		attributes.put(LOCALE, locale);
		attributes.put(ZONE, this.properties.defaultZone());
		attributes.put(PATH, path(request));
		return attributes;
	}

	private ConsoleUser user(ForecourtPrincipal principal, Locale locale) {
		List<String> roles = principal.roles()
			.stream()
			.sorted(Comparator.naturalOrder())
			.map(role -> message("console.role." + role.name(), locale))
			.toList();
		return new ConsoleUser(principal.displayName(), roles, scope(principal.scope(), locale));
	}

	private String scope(AccessScope scope, Locale locale) {
		ScopeNames names = this.scopeNames.getIfAvailable();
		return switch (scope.level()) {
			case ALL -> message("console.scope.all", locale);
			case REGION -> message("console.scope.region", locale,
					named(scope.regionId(), id -> names == null ? Optional.empty() : names.regionName(id, locale)));
			case DEALER -> message("console.scope.dealer", locale,
					named(scope.dealerId(), id -> names == null ? Optional.empty() : names.dealerName(id, locale)));
			case NONE -> message("console.scope.none", locale);
		};
	}

	private static String named(@Nullable UUID id, java.util.function.Function<UUID, Optional<String>> names) {
		if (id == null) {
			return "";
		}
		// Until the network module names it, a short id is still more useful than
		// nothing.
		return names.apply(id).orElse(id.toString().substring(0, 8));
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private static String path(HttpServletRequest request) {
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = errorPath instanceof String original ? original : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return path.isEmpty() ? "/" : path;
	}

}
