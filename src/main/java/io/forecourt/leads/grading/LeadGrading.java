package io.forecourt.leads.grading;

import java.util.List;

import io.forecourt.leads.LeadGrade;

import org.springframework.stereotype.Component;

/**
 * Computes a lead's first grade.
 *
 * <p>
 * Interim: grades by stated purchase time alone, until the scoring rules HQ maintains as
 * data replace this (issue 4, grading).
 */
@Component
public class LeadGrading {

	public GradeResult grade(LeadFacts facts) {
		LeadGrade grade = switch (facts.purchaseTimeframe()) {
			case WITHIN_7_DAYS -> LeadGrade.H;
			case WITHIN_15_DAYS -> LeadGrade.A;
			case WITHIN_30_DAYS -> LeadGrade.B;
			case LATER, UNKNOWN -> LeadGrade.C;
		};
		return new GradeResult(grade, 0, List
			.of(new GradeResult.Contribution("purchase-time", "stated purchase time " + facts.purchaseTimeframe(), 0)));
	}

}
