package io.forecourt.kernel.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.forecourt.kernel.web.ProblemType;
import io.forecourt.kernel.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers the API's 401 and 403 as {@code application/problem+json}, the same shape the
 * controllers' problems have, before any controller runs.
 */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	ApiProblemResponses(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		// A bad key gets the RFC 6750 error code; a missing one only the challenge.
		String challenge = exception instanceof BadCredentialsException
				? "Bearer realm=\"forecourt\", error=\"invalid_token\"" : "Bearer realm=\"forecourt\"";
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		String detail = exception instanceof BadCredentialsException ? exception.getMessage()
				: "Send an API key: Authorization: Bearer fc_...";
		write(request, response, Problems.of(ProblemType.UNAUTHENTICATED, detail));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, Problems.of(ProblemType.FORBIDDEN, "Your role does not allow this request"));
	}

	void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body);
	}

}
