package io.forecourt.sales;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.Externalized;

/**
 * A customer drove the car and the consultant recorded the feedback. The lead center
 * moves a linked lead to its test-driven stage and re-grades it when the consultant
 * suggested a grade.
 *
 * @param drivenAt when the drive began (the check-in)
 * @param rating the customer's rating of the drive, 1 to 5
 * @param interest {@code HIGH}, {@code MEDIUM}, {@code LOW} or {@code NONE}
 * @param suggestedGrade the purchase intent the consultant now sees: {@code H},
 * {@code A}, {@code B} or {@code C}; null when not given
 */
@Externalized("forecourt.events::sales.test-drive.completed")
public record TestDriveCompleted(UUID bookingId, @Nullable UUID leadId, UUID customerId, UUID dealerId,
		UUID consultantId, String modelCode, String trimCode, Instant drivenAt, int rating, String interest,
		@Nullable String suggestedGrade, Instant completedAt) {
}
