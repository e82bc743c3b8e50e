package io.forecourt.sales.catalog.web;

import java.net.URI;
import java.util.List;

import io.forecourt.kernel.web.ProblemType;
import io.forecourt.sales.catalog.Violation;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The 422 answer to a configuration that breaks the catalog's rules: one entry per
 * violation, so a client can show them all at once.
 */
final class ConfigurationProblems {

	/** The stable problem type; listed in the README with the kernel's. */
	static final URI INVALID_CONFIGURATION = URI.create(ProblemType.BASE + "invalid-configuration");

	private ConfigurationProblems() {
	}

	static ResponseEntity<ProblemDetail> invalid(List<Violation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				violations.size() == 1 ? violations.get(0).message()
						: violations.size() + " rules of the catalog are broken");
		problem.setType(INVALID_CONFIGURATION);
		problem.setTitle("The configuration breaks the catalog's rules");
		problem.setProperty("violations", violations.stream().map(ViolationView::of).toList());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * @param rule REQUIRES, EXCLUDES, ONLY_WITH_TRIM, TRIM_OF_OTHER_MODEL, DISCONTINUED
	 * or NO_PRICE
	 * @param ruleId the catalog rule broken, if it is a stored rule
	 * @param choices the codes involved, the offending choice first
	 * @param message in the language of Accept-Language (zh-CN or English)
	 */
	record ViolationView(String rule, @org.jspecify.annotations.Nullable Long ruleId, List<String> choices,
			String message) {

		static ViolationView of(Violation violation) {
			return new ViolationView(violation.rule().name(), violation.ruleId(), violation.choices(),
					violation.message());
		}

	}

}
