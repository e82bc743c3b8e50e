package io.forecourt.presale.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem a presale page does not handle itself (a campaign that does not exist)
 * becomes the console's error page with its status.
 */
@ControllerAdvice(assignableTypes = { PresaleConsole.class, PresaleDashboardConsole.class })
class PresaleConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
