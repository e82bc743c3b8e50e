package io.forecourt.identity.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem a customer page does not handle itself (a customer that does not exist or is
 * out of the viewer's scope) becomes the console's error page with the problem's status
 * (404 for out of scope, never a hint that the customer exists), rather than a 500. The
 * API renders the same problems as JSON.
 */
@ControllerAdvice(assignableTypes = { CustomerConsole.class, MergeSuggestionConsole.class })
class IdentityConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
