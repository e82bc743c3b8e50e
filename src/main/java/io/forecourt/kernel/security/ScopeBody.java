package io.forecourt.kernel.security;

import java.util.UUID;

import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.web.ProblemException;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** An {@link AccessScope} in API requests and responses. */
record ScopeBody(@NotNull AccessScope.Level level, @Nullable UUID regionId, @Nullable UUID dealerId) {

	static ScopeBody of(AccessScope scope) {
		return new ScopeBody(scope.level(), scope.regionId(), scope.dealerId());
	}

	AccessScope toScope() {
		try {
			return new AccessScope(this.level, this.regionId, this.dealerId);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw ProblemException.validation("scope", String.valueOf(ex.getMessage()));
		}
	}

}
