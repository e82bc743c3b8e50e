package io.forecourt.kernel.console;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders errors for browsers (403, 404, 500, ...) as the console's {@code error} page,
 * inside the layout with the user's menu, rather than Boot's bare page. API clients that
 * ask for JSON never get here: Boot answers them, and REST controllers answer
 * problem+json themselves.
 */
@Component
class ConsoleErrorViewResolver implements ErrorViewResolver {

	private final ConsoleModel consoleModel;

	ConsoleErrorViewResolver(ConsoleModel consoleModel) {
		this.consoleModel = consoleModel;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> attributes = new HashMap<>(model);
		this.consoleModel.attributes(request).forEach((name, value) -> {
			if (value != null) {
				attributes.put(name, value);
			}
		});
		attributes.put("errorKind", kind(status));
		return new ModelAndView("error", attributes, status);
	}

	/** Which message set explains the error: forbidden, not-found, server or request. */
	private static String kind(HttpStatus status) {
		if (status == HttpStatus.FORBIDDEN) {
			return "forbidden";
		}
		if (status == HttpStatus.NOT_FOUND) {
			return "not-found";
		}
		return status.is5xxServerError() ? "server" : "request";
	}

}
