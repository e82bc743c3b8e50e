package io.forecourt.kernel.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests carrying {@code Authorization: Bearer fc_...}. A request
 * without the header goes on anonymously (and is refused later unless the endpoint is
 * public); a request with a bad key is answered 401 at once, so a typo never silently
 * falls back to anonymous access.
 */
class BearerKeyFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiKeyAuthenticator authenticator;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerKeyFilter(ApiKeyAuthenticator authenticator, AuthenticationEntryPoint entryPoint) {
		this.authenticator = authenticator;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			this.entryPoint.commence(request, response,
					new BadCredentialsException("Only bearer API keys are accepted: Authorization: Bearer fc_..."));
			return;
		}
		Optional<ForecourtPrincipal> principal = this.authenticator
			.authenticate(header.substring(BEARER.length()).strip());
		if (principal.isEmpty()) {
			this.entryPoint.commence(request, response,
					new BadCredentialsException("The bearer token is unknown, revoked or expired"));
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(ForecourtAuthentication.of(principal.get()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
