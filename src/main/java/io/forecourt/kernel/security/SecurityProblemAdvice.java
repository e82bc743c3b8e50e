package io.forecourt.kernel.security;

import io.forecourt.kernel.web.ProblemType;
import io.forecourt.kernel.web.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A {@code @PreAuthorize} refusal inside a REST controller is a 403 problem. Without
 * this, the API's catch-all handler would see the exception first and answer 500; it runs
 * before that handler for that reason.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblemAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException ex) {
		return Problems.response(Problems.of(ProblemType.FORBIDDEN, "Your role does not allow this request"));
	}

}
