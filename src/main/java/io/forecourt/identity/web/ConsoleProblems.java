package io.forecourt.identity.web;

import java.util.List;

import io.forecourt.kernel.web.ProblemException;

/**
 * Turns a service's problem into what a customer page says: a message key by the
 * problem's kind (the service's own text is English and meant for integrators) and, for
 * invalid input, the detail naming what was wrong ("12345 is not a valid phone number").
 */
final class ConsoleProblems {

	private ConsoleProblems() {
	}

	static String key(ProblemException problem) {
		return switch (problem.type()) {
			case VALIDATION -> "identity.problem.validation";
			case NOT_FOUND -> "identity.problem.not-found";
			case CONFLICT, DUPLICATE -> "identity.problem.conflict";
			default -> "identity.problem.other";
		};
	}

	/** The first field problem's text, or the problem's detail. */
	static String detail(ProblemException problem) {
		if (problem.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
				&& errors.get(0) instanceof ProblemException.FieldProblem first) {
			return first.message();
		}
		return String.valueOf(problem.getMessage());
	}

}
