package io.forecourt.leads.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The active rules and thresholds at one moment: a pure calculation from facts to a grade
 * with its explanation, free of Spring and the database so it can be tested alone.
 */
record ScoringRules(List<ScoringRule> rules, GradeThresholds thresholds) {

	ScoringRules {
		rules = rules.stream().filter(ScoringRule::active).toList();
	}

	/** The grade, the score and every rule that matched, in the order of the factors. */
	GradeResult score(LeadFacts facts) {
		List<GradeResult.Contribution> contributions = new ArrayList<>();
		for (ScoringFactor factor : ScoringFactor.values()) {
			List<ScoringRule> matching = this.rules.stream()
				.filter((rule) -> rule.factor() == factor && matches(rule, facts))
				.toList();
			if (factor.threshold()) {
				highest(matching).ifPresent((rule) -> contributions.add(rule.contribution()));
			}
			else {
				matching.forEach((rule) -> contributions.add(rule.contribution()));
			}
		}
		int score = contributions.stream().mapToInt(GradeResult.Contribution::points).sum();
		return new GradeResult(this.thresholds.gradeFor(score), score, contributions);
	}

	private static Optional<ScoringRule> highest(List<ScoringRule> matching) {
		// ties on the threshold go to the rule with more points, then the id, so the
		// outcome never depends on row order
		return matching.stream()
			.max(Comparator.comparingLong(ScoringRule::minimum)
				.thenComparingInt(ScoringRule::points)
				.thenComparing(ScoringRule::id, Comparator.reverseOrder()));
	}

	private static boolean matches(ScoringRule rule, LeadFacts facts) {
		String value = rule.matchValue();
		return switch (rule.factor()) {
			case PURCHASE_TIME -> facts.purchaseTimeframe().name().equals(value);
			case TEST_DRIVE -> Boolean.parseBoolean(value) == facts.testDriveRequested();
			case BUDGET -> facts.budget() != null && facts.budget().compareTo(BigDecimal.valueOf(rule.minimum())) >= 0;
			case MODEL -> facts.modelOfInterest() != null && sameName(facts.modelOfInterest(), value);
			case CHANNEL -> sameName(facts.channel(), value);
			case ACTIVITY -> facts.recentActivity() >= rule.minimum();
		};
	}

	private static boolean sameName(String a, String b) {
		return a.strip().toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
	}

}
