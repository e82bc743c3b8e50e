package io.forecourt.leads.grading;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a scoring rule looks at, and what its match value must look like for that factor.
 * BUDGET and ACTIVITY rules are thresholds: of the rules that match, only the highest
 * threshold counts, so a big budget is not rewarded once per lower step as well.
 */
public enum ScoringFactor {

	/** Matches a {@link PurchaseTimeframe} name. */
	PURCHASE_TIME,

	/** Matches {@code true} (a test drive was requested) or {@code false}. */
	TEST_DRIVE,

	/** Matches a budget of at least this many yuan. */
	BUDGET,

	/** Matches a model of interest, ignoring case. */
	MODEL,

	/** Matches a channel name, ignoring case. */
	CHANNEL,

	/** Matches at least this many recent interactions. */
	ACTIVITY;

	/** Whether only the highest matching rule of this factor counts. */
	boolean threshold() {
		return this == BUDGET || this == ACTIVITY;
	}

	/**
	 * The match value in its stored form.
	 * @throws IllegalArgumentException when it does not fit this factor
	 */
	public String normalise(String matchValue) {
		String value = matchValue.strip();
		if (value.isEmpty() || value.length() > 100) {
			throw new IllegalArgumentException("must be 1 to 100 characters");
		}
		return switch (this) {
			case PURCHASE_TIME -> timeframe(value).name();
			case TEST_DRIVE -> switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "false" -> value.toLowerCase(Locale.ROOT);
				default -> throw new IllegalArgumentException("must be 'true' or 'false'");
			};
			case BUDGET, ACTIVITY -> Long.toString(nonNegative(value));
			case MODEL, CHANNEL -> value;
		};
	}

	private static PurchaseTimeframe timeframe(String value) {
		try {
			return PurchaseTimeframe.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be one of " + Arrays.toString(PurchaseTimeframe.values()));
		}
	}

	private static long nonNegative(String value) {
		// digits only: "1e5", "-0" or "150,000" are typos HQ should see, not guesses
		if (!value.matches("\\d{1,12}")) {
			throw new IllegalArgumentException("must be a non-negative whole number");
		}
		return Long.parseLong(value);
	}

}
