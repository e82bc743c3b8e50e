package io.forecourt.sales.testdrives;

import org.jspecify.annotations.Nullable;

/**
 * What the consultant records after the drive.
 *
 * @param rating the customer's rating of the drive, 1 to 5
 * @param interest {@code HIGH}, {@code MEDIUM}, {@code LOW} or {@code NONE}
 * @param grade the purchase intent the consultant now sees ({@code H}, {@code A},
 * {@code B}, {@code C}); the linked lead is re-graded to it
 */
public record Feedback(@Nullable Integer rating, @Nullable String interest, @Nullable String comments,
		@Nullable String grade) {
}
