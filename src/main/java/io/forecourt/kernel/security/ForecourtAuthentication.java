package io.forecourt.kernel.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated request, from the console or the API: the principal is always a
 * {@link ForecourtPrincipal} (which {@code CurrentAccess} reads), and the authorities are
 * its roles ({@code ROLE_*}) and their permissions ({@code PERM_*}). Tests may use
 * {@link #of(ForecourtPrincipal)} to act as someone.
 */
public final class ForecourtAuthentication extends AbstractAuthenticationToken {

	private final ForecourtPrincipal principal;

	private ForecourtAuthentication(ForecourtPrincipal principal) {
		super(authorities(principal));
		this.principal = principal;
		setAuthenticated(true);
	}

	public static ForecourtAuthentication of(ForecourtPrincipal principal) {
		return new ForecourtAuthentication(principal);
	}

	/**
	 * Role authorities first, then each permission once. The same for every request of
	 * the same roles, so made once per set of roles (there are a handful): every API
	 * request authenticates afresh.
	 */
	public static List<GrantedAuthority> authorities(ForecourtPrincipal principal) {
		return BY_ROLES.computeIfAbsent(Set.copyOf(principal.roles()), ForecourtAuthentication::authoritiesOf);
	}

	private static final Map<Set<Role>, List<GrantedAuthority>> BY_ROLES = new ConcurrentHashMap<>();

	private static List<GrantedAuthority> authoritiesOf(Set<Role> roles) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.stream().sorted().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		roles.stream()
			.flatMap(role -> role.permissions().stream())
			.distinct()
			.sorted()
			.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
		return List.copyOf(authorities);
	}

	@Override
	public ForecourtPrincipal getPrincipal() {
		return this.principal;
	}

	@Override
	public Object getCredentials() {
		// Passwords and key secrets are never kept after authentication.
		return "";
	}

	@Override
	public String getName() {
		return this.principal.name();
	}

}
