package io.forecourt.kernel.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The stable {@code type} of every problem response (RFC 9457). Clients branch on these
 * URIs, so they never change once published; the README lists them.
 */
public enum ProblemType {

	VALIDATION("validation", HttpStatus.BAD_REQUEST, "Validation failed"),

	MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),

	UNKNOWN_FIELD("unknown-field", HttpStatus.BAD_REQUEST, "Unknown field in request body"),

	UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),

	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),

	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),

	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),

	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),

	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),

	CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),

	DUPLICATE("duplicate", HttpStatus.CONFLICT, "Already exists"),

	/** A signed request (a webhook delivery) that was already received once. */
	REPLAYED("replayed", HttpStatus.CONFLICT, "Request already received"),

	/**
	 * A workshop slot (a bay or a technician in it) was taken, or nothing is free then:
	 * choose another slot.
	 */
	SLOT_TAKEN("slot-taken", HttpStatus.CONFLICT, "Slot taken"),

	/** A booking that does not fit the dealer's opening hours on that day. */
	OUTSIDE_OPENING_HOURS("outside-opening-hours", HttpStatus.UNPROCESSABLE_CONTENT, "Outside opening hours"),

	PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "The resource has changed"),

	PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED, "If-Match header required"),

	/** An {@code @Idempotent} handler was called without an {@code Idempotency-Key}. */
	IDEMPOTENCY_KEY_MISSING("idempotency-key-missing", HttpStatus.BAD_REQUEST, "Idempotency-Key header required"),

	/** The first request with this {@code Idempotency-Key} is still being processed. */
	IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", HttpStatus.CONFLICT,
			"Request with this Idempotency-Key in progress"),

	/** The {@code Idempotency-Key} was already used for a different request. */
	IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT,
			"Idempotency-Key used for another request"),

	RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),

	/** Every unit of the presale (or of the configuration asked for) is taken. */
	PRESALE_SOLD_OUT("presale-sold-out", HttpStatus.CONFLICT, "Sold out"),

	/** The presale has not opened yet; {@code opensAt} says when it does. */
	PRESALE_NOT_OPEN("presale-not-open", HttpStatus.CONFLICT, "Presale not open yet"),

	PRESALE_CLOSED("presale-closed", HttpStatus.CONFLICT, "Presale closed"),

	/** The person already holds as many reservations as the presale allows. */
	PRESALE_LIMIT_REACHED("presale-limit-reached", HttpStatus.CONFLICT, "Reservation limit reached"),

	/** The participant's city or delivery dealer lies outside the presale's regions. */
	PRESALE_REGION_NOT_ALLOWED("presale-region-not-allowed", HttpStatus.UNPROCESSABLE_CONTENT,
			"Region not allowed in this presale"),

	/** The attempt looks automated (a scripted client, an impossible request rate). */
	PRESALE_REJECTED("presale-rejected", HttpStatus.FORBIDDEN, "Attempt rejected"),

	/**
	 * The presale sheds load: nothing was decided, retry after {@code Retry-After}
	 * seconds.
	 */
	PRESALE_TRY_AGAIN("presale-try-again", HttpStatus.SERVICE_UNAVAILABLE, "Busy, try again"),

	INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

	/** Where the problem types are documented; the URIs are identifiers, not fetched. */
	public static final String BASE = "https://forecourt.dev/problems/";

	private final URI uri;

	private final HttpStatus status;

	private final String title;

	ProblemType(String slug, HttpStatus status, String title) {
		this.uri = URI.create(BASE + slug);
		this.status = status;
		this.title = title;
	}

	public URI uri() {
		return this.uri;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

}
