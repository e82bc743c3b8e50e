package io.forecourt.leads.followup;

import java.util.UUID;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import org.jspecify.annotations.Nullable;

/** Who is acting, as follow-ups, grade history and decisions record it. */
final class Actor {

	private Actor() {
	}

	static String name() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

	static @Nullable UUID staffId() {
		return CurrentAccess.principal().map(ForecourtPrincipal::staffId).orElse(null);
	}

}
