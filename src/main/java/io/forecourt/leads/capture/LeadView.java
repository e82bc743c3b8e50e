package io.forecourt.leads.capture;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

/**
 * A lead as staff read it. Without the personal-data permission the phone is masked and
 * the raw phone and payload are left out.
 */
public record LeadView(UUID id, @Nullable UUID customerId, @Nullable UUID dealerId, String brand, String channel,
		@Nullable String campaign, Utm utm, @Nullable String name, @Nullable String phone, @Nullable String phoneRaw,
		boolean phoneValid, LeadStatus status, @Nullable String reason, @Nullable String modelOfInterest,
		@Nullable String cityCode, String purchaseTimeframe, boolean testDriveRequested, @Nullable BigDecimal budget,
		boolean consentMarketing, @Nullable LeadGrade grade, @Nullable Integer score, @Nullable String explanation,
		@Nullable String rawPayload, Instant capturedAt, Instant updatedAt, long version, List<Source> sources,
		List<GradeChange> grades, Handling handling) {

	/**
	 * Who holds the lead and how far it got.
	 *
	 * @param slaDueAt when first contact is due while that clock runs
	 * @param slaBreaches breaches of the current holder
	 */
	public record Handling(@Nullable UUID consultantId, @Nullable Instant assignedAt, @Nullable Instant slaDueAt,
			int slaBreaches, int reclaims, @Nullable Instant nextActionAt, @Nullable Instant contactedAt,
			@Nullable Instant visitedAt, @Nullable Instant testDrivenAt, @Nullable Instant orderedAt,
			@Nullable Instant deliveredAt, @Nullable Instant defeatedAt) {
	}

	public record Utm(@Nullable String source, @Nullable String medium, @Nullable String campaign,
			@Nullable String content, @Nullable String term) {
	}

	/** One arrival of the lead: the first and each duplicate. */
	public record Source(String channel, @Nullable String campaign, Utm utm, Instant capturedAt) {
	}

	public record GradeChange(LeadGrade grade, int score, String explanation, String changedBy, Instant changedAt,
			String reason) {
	}

	/** A lead in a listing. */
	public record Summary(UUID id, @Nullable UUID customerId, @Nullable UUID dealerId, String brand, String channel,
			@Nullable String name, @Nullable String phone, LeadStatus status, @Nullable String reason,
			@Nullable LeadGrade grade, Instant capturedAt) {
	}

}
