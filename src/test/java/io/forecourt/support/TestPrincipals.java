package io.forecourt.support;

import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.ForecourtAuthentication;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;

import org.springframework.security.core.Authentication;

/**
 * Principals for MockMvc tests of console pages
 * ({@code authentication(authenticated(HQ))}), and the demo sign-ins that browser tests
 * use against the real login.
 */
public final class TestPrincipals {

	/** The password of every demo sign-in (see README). */
	public static final String DEMO_PASSWORD = "forecourt-demo";

	/** OEM headquarters, sees the whole network. */
	public static final ForecourtPrincipal HQ = principal("hq", "Wang Fang", Set.of(Role.OEM_HQ), AccessScope.all());

	/** A sales consultant of one dealer. */
	public static final ForecourtPrincipal CONSULTANT = principal("consultant", "Li Lei", Set.of(Role.SALES_CONSULTANT),
			AccessScope.dealer(UUID.fromString("6f1c2a3b-0000-4000-8000-000000000001")));

	private TestPrincipals() {
	}

	/** An authenticated token shaped exactly as the real login creates it. */
	public static Authentication authenticated(ForecourtPrincipal principal) {
		return ForecourtAuthentication.of(principal);
	}

	private static ForecourtPrincipal principal(String username, String name, Set<Role> roles, AccessScope scope) {
		return new ForecourtPrincipal("test:" + username, name, ForecourtPrincipal.Kind.USER, roles, scope, null);
	}

}
