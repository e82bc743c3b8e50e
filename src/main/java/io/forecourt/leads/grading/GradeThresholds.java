package io.forecourt.leads.grading;

import io.forecourt.leads.LeadGrade;

/**
 * The lowest score for each scored grade. Strictly decreasing from H to C, so every score
 * maps to exactly one grade; a score below C's minimum is still C, because scoring never
 * produces O or F (those come from what happens to the lead).
 */
public record GradeThresholds(int h, int a, int b, int c) {

	public GradeThresholds {
		if (!(h > a && a > b && b > c)) {
			throw new IllegalArgumentException("must decrease strictly: H > A > B > C");
		}
	}

	public LeadGrade gradeFor(int score) {
		if (score >= this.h) {
			return LeadGrade.H;
		}
		if (score >= this.a) {
			return LeadGrade.A;
		}
		if (score >= this.b) {
			return LeadGrade.B;
		}
		return LeadGrade.C;
	}

}
