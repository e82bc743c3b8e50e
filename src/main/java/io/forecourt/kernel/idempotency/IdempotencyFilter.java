package io.forecourt.kernel.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.kernel.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies the {@code Idempotency-Key} contract to API requests bound for an
 * {@link Idempotent} handler. It runs after Spring Security (it needs the caller) and
 * before the dispatcher: it reads and hashes the body, claims the key in its own short
 * transaction, lets the handler run, and then stores the response (a success or a
 * business refusal) or releases the key (a server error, or a refusal a retry may pass).
 * A repeat gets the stored response with {@code Idempotent-Replayed: true}; nothing of it
 * reaches the handler.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private static final Set<String> UNSAFE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

	/** Printable ASCII without spaces, as HTTP header values travel safely. */
	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private static final String ANONYMOUS = "anonymous";

	private final IdempotentHandlers handlers;

	private final IdempotencyKeys keys;

	private final IdempotencyProperties properties;

	private final Clock clock;

	private final ProblemWriter problems;

	IdempotencyFilter(IdempotentHandlers handlers, IdempotencyKeys keys, IdempotencyProperties properties, Clock clock,
			ProblemWriter problems) {
		this.handlers = handlers;
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !UNSAFE_METHODS.contains(request.getMethod())
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.handlers.isIdempotent(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(IdempotencyHeaders.KEY);
		if (key == null || key.isBlank()) {
			problem(request, response, ProblemType.IDEMPOTENCY_KEY_MISSING,
					"This request moves money or stock: send an " + IdempotencyHeaders.KEY
							+ " header (e.g. a new UUID) and the same key again when you retry it");
			return;
		}
		if (!KEY.matcher(key).matches()) {
			problem(request, response, ProblemType.VALIDATION,
					IdempotencyHeaders.KEY + " must be 1 to 255 printable ASCII characters without spaces");
			return;
		}
		byte[] body = body(request);
		if (body.length > this.properties.maxBody().toBytes()) {
			problem(request, response, ProblemType.PAYLOAD_TOO_LARGE,
					"The body may have at most " + this.properties.maxBody().toBytes() + " bytes");
			return;
		}
		String caller = CurrentAccess.principal().map(ForecourtPrincipal::subjectId).orElse(ANONYMOUS);
		IdempotencyRequest idempotent = IdempotencyRequest.of(caller, key, request.getMethod(), path(request), body);
		IdempotencyClaim claim = this.keys.claim(idempotent, this.clock.instant(), this.properties.lockTimeout());
		switch (claim) {
			case IdempotencyClaim.Claimed claimed ->
				handle(new BufferedBodyRequest(request, body), response, chain, idempotent, claimed);
			case IdempotencyClaim.Replay replay -> replay(response, replay.response());
			case IdempotencyClaim.InFlight inFlight -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				problem(request, response, ProblemType.IDEMPOTENCY_KEY_IN_USE, "A request with "
						+ IdempotencyHeaders.KEY + " " + key + " is still being processed; retry it in a moment");
			}
			case IdempotencyClaim.Mismatch mismatch -> problem(request, response, ProblemType.IDEMPOTENCY_KEY_REUSED,
					IdempotencyHeaders.KEY + " " + key + " was already used for a different request ("
							+ mismatch.method() + " " + mismatch.path()
							+ " with another body); use a new key for a new request");
		}
	}

	private void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			IdempotencyRequest idempotent, IdempotencyClaim.Claimed claimed) throws ServletException, IOException {
		ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, caching);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			this.keys.release(idempotent, claimed.token());
			throw ex;
		}
		try {
			settle(idempotent, claimed, caching);
		}
		catch (RuntimeException ex) {
			// the client still gets its answer; the claim expires after the lock timeout
			// and the domain's own unique key stops a retry from doing it twice
			log.error("Could not store the response to Idempotency-Key {} of {}", idempotent.key(), idempotent.caller(),
					ex);
		}
		caching.copyBodyToResponse();
	}

	private void settle(IdempotencyRequest idempotent, IdempotencyClaim.Claimed claimed,
			ContentCachingResponseWrapper response) {
		int status = response.getStatus();
		if (!StoredResponse.settles(status)) {
			this.keys.release(idempotent, claimed.token());
			return;
		}
		StoredResponse stored = new StoredResponse(status, response.getContentType(),
				response.getHeader(HttpHeaders.LOCATION),
				new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
		if (!this.keys.complete(idempotent, claimed.token(), stored, this.clock.instant(),
				this.properties.retention())) {
			log.warn("The claim of Idempotency-Key {} of {} outlived its lock timeout and was taken over;"
					+ " its response was not stored", idempotent.key(), idempotent.caller());
		}
	}

	private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
		response.setStatus(stored.status());
		response.setHeader(IdempotencyHeaders.REPLAYED, "true");
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		byte[] body = stored.body().getBytes(StandardCharsets.UTF_8);
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private byte[] body(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			return in
				.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, this.properties.maxBody().toBytes() + 1)));
		}
	}

	private static String path(HttpServletRequest request) {
		String query = request.getQueryString();
		return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
			throws IOException {
		Map<String, Object> properties = type == ProblemType.VALIDATION
				? Map.of("errors", List.of(new ProblemException.FieldProblem(IdempotencyHeaders.KEY, detail)))
				: Map.of();
		this.problems.write(request, response, new ProblemException(type, detail, properties));
	}

}
