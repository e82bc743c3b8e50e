package io.forecourt.kernel.security;

import java.io.IOException;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.kernel.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
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

	private final ProblemWriter problems;

	ApiProblemResponses(ProblemWriter problems) {
		this.problems = problems;
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
		this.problems.write(request, response, new ProblemException(ProblemType.UNAUTHENTICATED, detail));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		this.problems.write(request, response,
				new ProblemException(ProblemType.FORBIDDEN, "Your role does not allow this request"));
	}

}
