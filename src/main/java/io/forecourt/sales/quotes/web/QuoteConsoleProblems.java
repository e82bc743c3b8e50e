package io.forecourt.sales.quotes.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A quote page for a quote that does not exist or is outside the viewer's scope becomes
 * the console's error page with the problem's status.
 */
@ControllerAdvice(assignableTypes = QuoteConsole.class)
class QuoteConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
