package io.forecourt.leads.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem a lead page does not handle itself (a lead that does not exist or is outside
 * the viewer's scope) becomes the console's error page with the problem's status, never a
 * hint that the lead exists.
 */
@ControllerAdvice(assignableTypes = { LeadConsole.class, LeadWorkConsole.class })
class LeadConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
