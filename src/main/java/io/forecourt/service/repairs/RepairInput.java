package io.forecourt.service.repairs;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;

/** What the repair desks read from a request and who they say did it. */
final class RepairInput {

	private RepairInput() {
	}

	static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	static @Nullable String text(FieldErrors errors, String field, @Nullable String value, int max) {
		if (blank(value)) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			errors.reject(field, "must be at most " + max + " characters");
			return null;
		}
		return trimmed;
	}

}
