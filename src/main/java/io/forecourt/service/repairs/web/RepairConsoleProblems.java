package io.forecourt.service.repairs.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem a repair order page does not handle itself (an order or dealer that does not
 * exist or is outside the viewer's scope, a page the viewer may not use) becomes the
 * console's error page with the problem's status.
 */
@ControllerAdvice(assignableTypes = RepairOrderConsole.class)
class RepairConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
