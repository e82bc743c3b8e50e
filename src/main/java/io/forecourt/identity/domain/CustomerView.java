package io.forecourt.identity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.forecourt.identity.IdentityKind;
import org.jspecify.annotations.Nullable;

/**
 * A customer as one person: the survivor's profile with the identities of everyone merged
 * into it, and the merges that made it.
 */
public record CustomerView(UUID id, String status, @Nullable String name, @Nullable String gender,
		@Nullable LocalDate birthday, @Nullable String cityCode, @Nullable UUID preferredDealerId,
		@Nullable String preferredLanguage, @Nullable String modelInterest, String lifecycleStage,
		List<IdentityView> identities, List<MergeView> merges, Instant createdAt, Instant updatedAt, long version) {

	/**
	 * One identity as the viewer may see it.
	 *
	 * @param recordedFor the customer it was first recorded for (differs after a merge)
	 * @param masked whether {@code value} is masked for this viewer
	 */
	public record IdentityView(IdentityKind kind, String value, boolean masked, UUID recordedFor, String source,
			Instant createdAt) {
	}

	/** A customer merged into this one. */
	public record MergeView(UUID mergeId, UUID mergedId, String reason, String mergedBy, Instant mergedAt) {
	}

}
