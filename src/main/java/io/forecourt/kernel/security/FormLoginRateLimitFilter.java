package io.forecourt.kernel.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts console login attempts before the password is checked; over the limit the
 * browser goes back to {@code /login?error=rate} and no password is hashed.
 */
class FormLoginRateLimitFilter extends OncePerRequestFilter {

	private final RequestMatcher loginPost = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, SecurityConfiguration.LOGIN);

	private final LoginRateLimiter limiter;

	FormLoginRateLimitFilter(LoginRateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.loginPost.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = this.limiter.tryAttempt(request.getRemoteAddr(), request.getParameter("username"));
		if (wait.isPresent()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds()));
			response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?error=rate");
			return;
		}
		chain.doFilter(request, response);
	}

}
