package io.forecourt.kernel.web;

/**
 * A page of a listing: zero-based page number and page size, never above
 * {@link #MAX_SIZE}. Out-of-range values are rejected with a validation problem rather
 * than clamped, so a client learns the limit instead of silently getting fewer rows.
 */
public record PageRequest(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public PageRequest {
		if (page < 0) {
			throw ProblemException.validation("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw ProblemException.validation("size", "must be between 1 and " + MAX_SIZE);
		}
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
