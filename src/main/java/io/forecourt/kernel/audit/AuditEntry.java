package io.forecourt.kernel.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of the append-only audit log: who, when, what, from where. */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorKind, AuditAction action,
		String resourceType, @Nullable String resourceId, @Nullable String remoteAddress, @Nullable String userAgent,
		@Nullable String detail) {
}
