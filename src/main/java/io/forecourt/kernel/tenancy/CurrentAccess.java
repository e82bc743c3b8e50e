package io.forecourt.kernel.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import io.forecourt.kernel.security.ForecourtAuthentication;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Permission;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The principal acting on the current thread and the scope it may see. Requests get
 * theirs from Spring Security; background work must say it acts as the system through
 * {@link #asSystem(Supplier)} — with no principal, the scope is
 * {@link AccessScope#none()}.
 */
public final class CurrentAccess {

	private CurrentAccess() {
	}

	public static Optional<ForecourtPrincipal> principal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ForecourtPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	public static AccessScope scope() {
		return principal().map(ForecourtPrincipal::scope).orElse(AccessScope.none());
	}

	public static boolean can(Permission permission) {
		return principal().map(p -> p.can(permission)).orElse(false);
	}

	/** Runs background work (jobs, listeners, seeding) as the system principal. */
	public static <T> T asSystem(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new SystemAuthentication());
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Runs work as a principal that authenticated by other means than a session or an API
	 * key, e.g. a lead channel whose webhook signature was verified; the previous
	 * principal is restored afterwards.
	 */
	public static <T> T as(ForecourtPrincipal principal, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(ForecourtAuthentication.of(principal));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void asSystem(Runnable work) {
		asSystem(() -> {
			work.run();
			return null;
		});
	}

	private static final class SystemAuthentication extends AbstractAuthenticationToken {

		SystemAuthentication() {
			super(systemAuthorities());
			setAuthenticated(true);
		}

		private static java.util.List<org.springframework.security.core.GrantedAuthority> systemAuthorities() {
			java.util.List<org.springframework.security.core.GrantedAuthority> authorities = new java.util.ArrayList<>();
			for (var role : ForecourtPrincipal.SYSTEM.roles()) {
				authorities
					.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(role.authority()));
				role.permissions()
					.forEach(permission -> authorities
						.add(new org.springframework.security.core.authority.SimpleGrantedAuthority(
								permission.authority())));
			}
			return authorities;
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return ForecourtPrincipal.SYSTEM;
		}

	}

}
