package io.forecourt.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a customer, as another module tells it.
 *
 * @param customerId the customer the module knows (a merged customer's id is fine: the
 * entry stays with it and shows on its survivor)
 * @param occurredAt when it happened (take it from the event, so a redelivered event
 * records the same entry)
 * @param module the module telling it, e.g. {@code leads}
 * @param type what happened, upper snake case, e.g. {@code LEAD_ASSIGNED}
 * @param summary one line for people; longer text is cut at 300 characters
 * @param refType what {@code refId} names, e.g. {@code lead}; given together with it
 * @param refId the id of the record it is about, for links
 * @param detail optional free text, cut at 1,000 characters
 */
public record TimelineEntry(UUID customerId, Instant occurredAt, String module, String type, String summary,
		@Nullable String refType, @Nullable String refId, @Nullable String detail) {

	private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

	public TimelineEntry {
		Objects.requireNonNull(customerId, "customerId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		if (module == null || !MODULE.matcher(module).matches()) {
			throw new IllegalArgumentException("module '" + module + "' is not a module name");
		}
		if (type == null || !TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("type '" + type + "' is not UPPER_SNAKE_CASE of at most 60");
		}
		if (summary == null || summary.isBlank()) {
			throw new IllegalArgumentException("summary is required");
		}
		if ((refType == null) != (refId == null)) {
			throw new IllegalArgumentException("refType and refId go together");
		}
		if (refType != null && (refType.length() > 40 || refId.length() > 100)) {
			throw new IllegalArgumentException("refType (40) or refId (100) is too long");
		}
		// The database keeps microseconds; so must the entry, or a redelivery would not
		// match.
		occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		summary = cut(summary.strip(), 300);
		detail = detail == null || detail.isBlank() ? null : cut(detail.strip(), 1000);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
