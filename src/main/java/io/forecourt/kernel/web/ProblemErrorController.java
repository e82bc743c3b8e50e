package io.forecourt.kernel.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Errors that happen before any controller is chosen (an unknown path, a method a
 * resource does not support) reach the servlet container's error page, not
 * {@link ApiProblemHandler}. Boot's error controller answers those for machines; this one
 * answers them as {@code application/problem+json} with a {@link ProblemType} like every
 * other API error. Browsers still get the console's error page.
 */
@Configuration(proxyBeanMethods = false)
class ProblemErrorController {

	@Bean
	BasicErrorController basicErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> viewResolvers) {
		return new ProblemAnsweringErrorController(errorAttributes, web, viewResolvers.orderedStream().toList());
	}

	static final class ProblemAnsweringErrorController extends BasicErrorController {

		ProblemAnsweringErrorController(ErrorAttributes errorAttributes, WebProperties web,
				List<ErrorViewResolver> viewResolvers) {
			super(errorAttributes, web.getError(), viewResolvers);
		}

		@Override
		public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
			HttpStatus status = getStatus(request);
			if (status == HttpStatus.NO_CONTENT) {
				return new ResponseEntity<>(status);
			}
			ProblemType type = typeOf(status);
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", type.uri().toString());
			problem.put("title", type.title());
			problem.put("status", status.value());
			problem.put("detail", detail(status));
			Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (path != null) {
				problem.put("instance", path.toString());
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}

		private static ProblemType typeOf(HttpStatus status) {
			return switch (status) {
				case NOT_FOUND -> ProblemType.NOT_FOUND;
				case METHOD_NOT_ALLOWED -> ProblemType.METHOD_NOT_ALLOWED;
				case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
				case UNAUTHORIZED -> ProblemType.UNAUTHENTICATED;
				case FORBIDDEN -> ProblemType.FORBIDDEN;
				case TOO_MANY_REQUESTS -> ProblemType.RATE_LIMITED;
				default -> status.is4xxClientError() ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL;
			};
		}

		private static String detail(HttpStatus status) {
			return switch (status) {
				case NOT_FOUND -> "No such resource";
				case METHOD_NOT_ALLOWED -> "This resource does not support that method";
				default -> status.getReasonPhrase();
			};
		}

	}

}
