package io.forecourt.kernel.audit;

import org.jspecify.annotations.Nullable;

/** Filters for reading the audit log; every field is optional. */
public record AuditQuery(@Nullable String resourceType, @Nullable String resourceId, @Nullable String actor,
		@Nullable AuditAction action) {
}
