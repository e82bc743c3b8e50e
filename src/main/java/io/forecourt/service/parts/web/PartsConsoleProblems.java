package io.forecourt.service.parts.web;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A problem the parts pages do not handle themselves (another dealer's stock, a bad
 * filter value) becomes the console's error page with the problem's status.
 */
@ControllerAdvice(assignableTypes = { PartsStockConsole.class, PartCatalogConsole.class })
class PartsConsoleProblems {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
