package io.forecourt.kernel.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds problem responses of a {@link ProblemType}; also used by the security handlers.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(ProblemType type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		return problem;
	}

	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * The response of a {@link ProblemException}: its type, detail and properties, and a
	 * Retry-After header when it says when to come back (RFC 9110: tells a client refused
	 * for its rate, or for load, when a retry can succeed).
	 */
	public static ResponseEntity<ProblemDetail> response(ProblemException ex) {
		ProblemDetail problem = of(ex.type(), ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex.properties().get(ProblemException.RETRY_AFTER_SECONDS) instanceof Number seconds) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()));
		}
		return response.body(problem);
	}

}
