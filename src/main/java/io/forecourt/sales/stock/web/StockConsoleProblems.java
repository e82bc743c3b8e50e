package io.forecourt.sales.stock.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem the stock page does not handle itself (a bad filter value, a page size out of
 * range) becomes the console's error page with the problem's status.
 */
@ControllerAdvice(assignableTypes = StockConsole.class)
class StockConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
