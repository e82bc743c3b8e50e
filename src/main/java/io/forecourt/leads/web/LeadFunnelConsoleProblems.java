package io.forecourt.leads.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem the funnel page does not show itself (a download asked for with invalid
 * filters) becomes the console's error page with the problem's status, rather than a 500.
 * The API renders the same problems as JSON.
 */
@ControllerAdvice(assignableTypes = LeadFunnelConsole.class)
class LeadFunnelConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
