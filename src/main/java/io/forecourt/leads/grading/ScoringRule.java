package io.forecourt.leads.grading;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One scoring rule: when {@code factor} matches {@code matchValue}, the lead gets
 * {@code points} (negative for, say, a low-quality channel). Only active rules score.
 *
 * @param id a stable key, quoted in every grade explanation
 */
public record ScoringRule(String id, ScoringFactor factor, String matchValue, int points, String description,
		boolean active, long version, Instant updatedAt) {

	static final Pattern ID = Pattern.compile("[a-z0-9-]{3,60}");

	public ScoringRule {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("must be 3 to 60 of a-z, 0-9 and '-'");
		}
		matchValue = factor.normalise(matchValue);
	}

	/** The threshold of a BUDGET or ACTIVITY rule. */
	long minimum() {
		return Long.parseLong(this.matchValue);
	}

	GradeResult.Contribution contribution() {
		return new GradeResult.Contribution(this.id, this.description, this.points);
	}

}
