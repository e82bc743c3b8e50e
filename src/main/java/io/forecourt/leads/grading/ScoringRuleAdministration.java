package io.forecourt.leads.grading;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HQ's maintenance of the scoring rules and grade thresholds. They grade every dealer's
 * leads, so reading and changing them both need {@code LEAD_RULES_WRITE}; every change is
 * audited and reaches {@link LeadGrading} on commit.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('PERM_LEAD_RULES_WRITE')")
public class ScoringRuleAdministration {

	static final String RULE = "lead-scoring-rule";

	static final String THRESHOLDS = "lead-grade-thresholds";

	private final LeadScoringRules store;

	private final LeadGrading grading;

	private final AuditLog audit;

	private final Clock clock;

	ScoringRuleAdministration(LeadScoringRules store, LeadGrading grading, AuditLog audit, Clock clock) {
		this.store = store;
		this.grading = grading;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ScoringRule> rules() {
		return this.store.findAll();
	}

	@Transactional(readOnly = true)
	public ScoringRule rule(String id) {
		return this.store.find(id).orElseThrow(() -> ProblemException.notFound("Scoring rule", id));
	}

	@Transactional(readOnly = true)
	public GradeThresholds thresholds() {
		return this.store.thresholds();
	}

	public ScoringRule create(String id, @Nullable String factor, String matchValue, int points, String description,
			boolean active) {
		FieldErrors errors = new FieldErrors();
		if (!ScoringRule.ID.matcher(id).matches()) {
			errors.reject("id", "must be 3 to 60 of a-z, 0-9 and '-'");
		}
		ScoringFactor parsed = errors.attempt("factor", () -> parseFactor(factor));
		String value = parsed == null ? null : errors.attempt("matchValue", () -> parsed.normalise(matchValue));
		errors.throwIfAny();
		if (this.store.exists(id)) {
			throw ProblemException.duplicate("id", id);
		}
		ScoringRule rule = new ScoringRule(id, parsed, value, points, description, active, 0, this.clock.instant());
		this.store.insert(rule);
		this.audit.recordChange(AuditAction.CREATE, RULE, id, describe(rule));
		this.grading.forget();
		return rule;
	}

	public ScoringRule update(String id, long expectedVersion, String matchValue, int points, String description,
			boolean active) {
		ScoringRule current = rule(id);
		FieldErrors errors = new FieldErrors();
		String value = errors.attempt("matchValue", () -> current.factor().normalise(matchValue));
		errors.throwIfAny();
		ScoringRule changed = new ScoringRule(id, current.factor(), value, points, description, active,
				expectedVersion + 1, this.clock.instant());
		this.store.update(changed, expectedVersion);
		this.audit.recordChange(AuditAction.UPDATE, RULE, id, describe(changed));
		this.grading.forget();
		return changed;
	}

	public GradeThresholds changeThresholds(int h, int a, int b, int c) {
		GradeThresholds thresholds;
		try {
			thresholds = new GradeThresholds(h, a, b, c);
		}
		catch (IllegalArgumentException ex) {
			throw new ProblemException(ProblemType.VALIDATION, ex.getMessage(),
					Map.of("errors", orderErrors(h, a, b, c)));
		}
		this.store.updateThresholds(thresholds);
		this.audit.recordChange(AuditAction.UPDATE, THRESHOLDS, "HABC",
				"H>=" + h + " A>=" + a + " B>=" + b + " C>=" + c);
		this.grading.forget();
		return thresholds;
	}

	/** Names each grade whose minimum is not below the next higher grade's. */
	private static List<ProblemException.FieldProblem> orderErrors(int h, int a, int b, int c) {
		FieldErrors errors = new FieldErrors();
		if (a >= h) {
			errors.reject("a", "must be lower than h");
		}
		if (b >= a) {
			errors.reject("b", "must be lower than a");
		}
		if (c >= b) {
			errors.reject("c", "must be lower than b");
		}
		return errors.problems();
	}

	private static ScoringFactor parseFactor(@Nullable String factor) {
		if (factor == null) {
			throw new IllegalArgumentException("is required");
		}
		try {
			return ScoringFactor.valueOf(factor.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be one of " + Arrays.toString(ScoringFactor.values()));
		}
	}

	private static String describe(ScoringRule rule) {
		return rule.factor() + " " + rule.matchValue() + " " + rule.points() + " points"
				+ (rule.active() ? "" : " (inactive)");
	}

}
