package io.forecourt.kernel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.kernel.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges a console user's password for a personal API token, so scripts can call the
 * API as that person. Public, and rate-limited like the console login.
 */
@RestController
@Tag(name = "Authentication", description = "Personal tokens and the signed-in principal")
class AuthTokensController {

	private final PasswordAuthenticationProvider passwords;

	private final LoginRateLimiter limiter;

	private final Accounts accounts;

	private final Clock clock;

	private final int defaultDays;

	AuthTokensController(PasswordAuthenticationProvider passwords, LoginRateLimiter limiter, Accounts accounts,
			Clock clock, @Value("${forecourt.security.personal-token-days:90}") int defaultDays) {
		this.passwords = passwords;
		this.limiter = limiter;
		this.accounts = accounts;
		this.clock = clock;
		this.defaultDays = defaultDays;
	}

	@PostMapping(SecurityConfiguration.TOKENS)
	@Operation(summary = "Issue a personal token for a console user",
			description = "The token acts with the user's roles and scope. Its secret is returned only in this "
					+ "response. Rate-limited per client address and per username (429 with Retry-After).")
	ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		Optional<Duration> wait = this.limiter.tryAttempt(http.getRemoteAddr(), request.username());
		if (wait.isPresent()) {
			ProblemDetail problem = Problems.of(ProblemType.RATE_LIMITED,
					"Too many sign-in attempts; retry in " + wait.get().toSeconds() + " s");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds()))
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ForecourtPrincipal user = authenticate(request);
		int days = request.expiresInDays() == null ? this.defaultDays : request.expiresInDays();
		IssuedKey issued = this.accounts.issuePersonalToken(UUID.fromString(user.subjectId()), request.label(),
				Instant.now(this.clock).plus(Duration.ofDays(days)));
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new IssuedToken(issued.key().id(), issued.secret(), issued.key().keyPrefix(), issued.key().label(),
					issued.key().expiresAt()));
	}

	private ForecourtPrincipal authenticate(TokenRequest request) {
		try {
			return (ForecourtPrincipal) this.passwords
				.authenticate(
						UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()))
				.getPrincipal();
		}
		catch (DisabledException ex) {
			throw new ProblemException(ProblemType.FORBIDDEN, ex.getMessage());
		}
		catch (AuthenticationException ex) {
			throw new ProblemException(ProblemType.UNAUTHENTICATED, "Wrong username or password");
		}
	}

	record TokenRequest(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 128) String password,
			@NotBlank @Size(max = 100) String label, @Nullable @Min(1) @Max(365) Integer expiresInDays) {

		@Override
		public String toString() {
			return "TokenRequest[" + this.username + ", label=" + this.label + "]";
		}

	}

	/** The token secret appears here once and never again. */
	record IssuedToken(UUID id, String token, String keyPrefix, String label, @Nullable Instant expiresAt) {
	}

}
