package io.forecourt.leads.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An import the viewer may not see (or that does not exist) is the console's error page
 * with the problem's status (404), not a 500.
 */
@ControllerAdvice(assignableTypes = LeadImportConsole.class)
class LeadImportConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
