package io.forecourt.service.satisfaction.web;

import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.forecourt.kernel.security.RateLimits;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Guards the survey's public page and API: counted per address before anything is read,
 * and a token that cannot be one of ours is 404 without a query. The survey's work then
 * runs as the system (the link is the credential).
 */
@Component
class SurveyLookup {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

	private final RateLimits limits;

	private final int perMinute;

	SurveyLookup(RateLimits limits,
			@Value("${forecourt.service.satisfaction.per-address-per-minute:60}") int perMinute) {
		this.limits = limits;
		this.perMinute = perMinute;
	}

	<T> T call(String token, HttpServletRequest request, Supplier<T> work) {
		this.limits.consume("satisfaction:" + request.getRemoteAddr(), this.perMinute, "from this address");
		if (!TOKEN.matcher(token).matches()) {
			throw ProblemException.notFound("Survey", "link");
		}
		return CurrentAccess.asSystem(work);
	}

}
