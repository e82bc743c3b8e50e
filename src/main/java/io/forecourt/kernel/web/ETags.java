package io.forecourt.kernel.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Optimistic concurrency over HTTP: a resource's row version becomes a strong ETag
 * ({@code "3"}); an update must send it back in {@code If-Match}. The update itself then
 * matches the version in its WHERE clause, so a concurrent change in between still fails.
 */
public final class ETags {

	private static final Pattern VERSION = Pattern.compile("^\"(\\d{1,18})\"$");

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version the client last saw.
	 * @throws ProblemException 428 when the header is missing, 412 when it is not one of
	 * our ETags
	 */
	public static long expectedVersion(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
					"Send the ETag of the version you are changing in an If-Match header");
		}
		Matcher matcher = VERSION.matcher(ifMatch.trim());
		if (!matcher.matches()) {
			throw new ProblemException(ProblemType.PRECONDITION_FAILED,
					"If-Match " + ifMatch + " is not a current ETag");
		}
		return Long.parseLong(matcher.group(1));
	}

	public static ProblemException stale(String resource, Object id) {
		return new ProblemException(ProblemType.PRECONDITION_FAILED,
				resource + " " + id + " was changed by someone else; fetch it again and retry");
	}

}
