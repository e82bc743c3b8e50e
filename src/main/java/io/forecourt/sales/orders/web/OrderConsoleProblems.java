package io.forecourt.sales.orders.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem an order page does not handle itself (an order that does not exist or is
 * outside the viewer's scope) becomes the console's error page with its status, never a
 * hint that the order exists.
 */
@ControllerAdvice(assignableTypes = OrderConsole.class)
class OrderConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
