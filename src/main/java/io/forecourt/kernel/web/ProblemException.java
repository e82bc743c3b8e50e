package io.forecourt.kernel.web;

import java.util.Map;

/**
 * A failure that maps to one problem response. Domain code throws the specific factory
 * ({@link #notFound}, {@link #conflict}, ...); the API handler renders it and the console
 * shows its detail.
 */
public class ProblemException extends RuntimeException {

	private final ProblemType type;

	/**
	 * A property of rate-limit problems: the seconds until a retry can succeed, also sent
	 * as the Retry-After header.
	 */
	public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

	private final Map<String, Object> properties;

	public ProblemException(ProblemType type, String detail) {
		this(type, detail, Map.of());
	}

	public ProblemException(ProblemType type, String detail, Map<String, Object> properties) {
		// an answer to the caller, not a fault: no stack trace to fill (a presale launch
		// refuses thousands of attempts a second, each through a hundred frames of
		// filters)
		super(detail, null, false, false);
		this.type = type;
		this.properties = Map.copyOf(properties);
	}

	public static ProblemException notFound(String resource, Object id) {
		return new ProblemException(ProblemType.NOT_FOUND, resource + " " + id + " not found");
	}

	public static ProblemException conflict(String detail) {
		return new ProblemException(ProblemType.CONFLICT, detail);
	}

	public static ProblemException duplicate(String field, Object value) {
		return new ProblemException(ProblemType.DUPLICATE, field + " '" + value + "' is already taken",
				Map.of("field", field));
	}

	public static ProblemException validation(String field, String message) {
		return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
				Map.of("errors", java.util.List.of(new FieldProblem(field, message))));
	}

	public ProblemType type() {
		return this.type;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

	/** One invalid field: the JSON path of the field and what is wrong with it. */
	public record FieldProblem(String field, String message) {
	}

}
