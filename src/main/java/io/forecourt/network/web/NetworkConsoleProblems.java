package io.forecourt.network.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem a network page does not handle itself (a dealer that does not exist or is out
 * of scope, a page number below zero) becomes the console's error page with the problem's
 * status, rather than a 500. The API renders the same problems as JSON.
 */
@ControllerAdvice(assignableTypes = { DealerConsole.class, RegionConsole.class, StaffConsole.class })
class NetworkConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
