package io.forecourt.sales.testdrives;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A consultant's absence as a manager records it: whole days ({@code date}, optionally to
 * {@code untilDate}) in the dealer's zone, or a span ({@code from} and {@code to}, ISO
 * 8601 with offset).
 */
public record NewAbsence(@Nullable UUID dealerId, @Nullable UUID staffId, @Nullable LocalDate date,
		@Nullable LocalDate untilDate, @Nullable String from, @Nullable String to, @Nullable String reason) {
}
