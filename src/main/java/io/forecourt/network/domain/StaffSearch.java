package io.forecourt.network.domain;

import java.util.UUID;

import io.forecourt.kernel.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Filters for listing staff; all optional. {@code text} matches the name as a substring.
 */
public record StaffSearch(@Nullable String text, @Nullable UUID dealerId, @Nullable Role role,
		@Nullable Boolean active) {

}
