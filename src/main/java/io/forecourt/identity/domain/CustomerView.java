package io.forecourt.identity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.forecourt.identity.ConsentPurpose;
import io.forecourt.identity.IdentityKind;
import io.forecourt.identity.TagSource;
import org.jspecify.annotations.Nullable;

/**
 * A customer as one person: the survivor's profile with the identities, tags, consents
 * and timeline of everyone merged into it, and the merges that made it.
 *
 * @param consents the current state of each purpose with a recorded decision
 * @param timeline the latest entries, newest first (the full timeline is paged
 * separately)
 */
public record CustomerView(UUID id, String status, @Nullable String name, @Nullable String gender,
		@Nullable LocalDate birthday, @Nullable String cityCode, @Nullable UUID preferredDealerId,
		@Nullable String preferredLanguage, @Nullable String modelInterest, String lifecycleStage,
		List<IdentityView> identities, List<MergeView> merges, Instant createdAt, Instant updatedAt, long version,
		@Nullable String household, List<TagView> tags, List<ConsentView> consents, List<TimelineEntryView> timeline) {

	/** The profile alone, without household, tags, consents and timeline. */
	public CustomerView(UUID id, String status, @Nullable String name, @Nullable String gender,
			@Nullable LocalDate birthday, @Nullable String cityCode, @Nullable UUID preferredDealerId,
			@Nullable String preferredLanguage, @Nullable String modelInterest, String lifecycleStage,
			List<IdentityView> identities, List<MergeView> merges, Instant createdAt, Instant updatedAt, long version) {
		this(id, status, name, gender, birthday, cityCode, preferredDealerId, preferredLanguage, modelInterest,
				lifecycleStage, identities, merges, createdAt, updatedAt, version, null, List.of(), List.of(),
				List.of());
	}

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

	/**
	 * A tag on the customer.
	 *
	 * @param recordedFor the customer it was put on (differs after a merge)
	 */
	public record TagView(String tag, TagSource source, UUID recordedFor, Instant createdAt, String createdBy) {
	}

	/**
	 * One consent decision.
	 *
	 * @param recordedFor the customer it was recorded for (differs after a merge)
	 */
	public record ConsentView(long id, ConsentPurpose purpose, boolean granted, String source,
			@Nullable String textVersion, UUID recordedFor, Instant recordedAt, String recordedBy) {
	}

	/** One timeline entry. */
	public record TimelineEntryView(long id, UUID recordedFor, Instant occurredAt, String module, String type,
			String summary, @Nullable String refType, @Nullable String refId, @Nullable String detail) {
	}

}
