package io.forecourt.leads.grading;

import java.time.Duration;

import io.forecourt.kernel.cache.RefreshingCopy;

import org.springframework.stereotype.Component;

/**
 * Computes a lead's first grade from the scoring rules HQ maintains as data, with the
 * rules that contributed as its explanation.
 *
 * <p>
 * Every captured lead is graded, so the rules are held in memory. A change made through
 * this instance takes effect on the next grade; other instances pick it up when their
 * copy expires after {@link #TIME_TO_LIVE}.
 */
@Component
public class LeadGrading {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

	private final RefreshingCopy<ScoringRules> rules;

	LeadGrading(LeadScoringRules store) {
		this.rules = new RefreshingCopy<>(TIME_TO_LIVE, () -> new ScoringRules(store.findAll(), store.thresholds()));
	}

	public GradeResult grade(LeadFacts facts) {
		return current().score(facts);
	}

	ScoringRules current() {
		return this.rules.get();
	}

	/** Takes a change of rules into account from the next grade on. */
	void forget() {
		this.rules.forget();
	}

}
