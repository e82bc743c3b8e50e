package io.forecourt.leads.grading;

import java.util.List;

import io.forecourt.leads.LeadGrade;

/** A grade with the score it came from and what each rule contributed to it. */
public record GradeResult(LeadGrade grade, int score, List<Contribution> contributions) {

	public GradeResult {
		contributions = List.copyOf(contributions);
	}

	/** One rule's part of the score. */
	public record Contribution(String rule, String description, int points) {
	}

}
