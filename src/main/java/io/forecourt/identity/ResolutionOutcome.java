package io.forecourt.identity;

import java.util.List;

import io.forecourt.kernel.web.ProblemException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * One request's part of a bulk resolution: the resolution, or why the request was not
 * resolved (an invalid identifier, named as {@code identifiers[i]}; nothing was written
 * for it).
 */
public record ResolutionOutcome(@Nullable Resolution resolution, List<FieldProblem> problems) {

	public ResolutionOutcome {
		problems = List.copyOf(problems);
	}

	public static ResolutionOutcome of(Resolution resolution) {
		return new ResolutionOutcome(resolution, List.of());
	}

	public static ResolutionOutcome rejected(List<FieldProblem> problems) {
		return new ResolutionOutcome(null, problems);
	}

}
