package io.forecourt.identity.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The search box: what to search by and the text. One box with a selector rather than
 * five inputs, because a person searches by the one thing the caller on the phone gave.
 *
 * @param by one of {@link #KINDS}; anything else searches by phone
 */
record CustomerSearch(@Nullable String by, @Nullable String q) {

	static final List<String> KINDS = List.of("phone", "name", "idNumber", "vin", "email");

	CustomerSearch {
		by = by == null || !KINDS.contains(by) ? "phone" : by;
		q = q == null ? null : q.strip();
	}

	// Public: the template calls it, and SpEL only sees public methods.
	public boolean blank() {
		return this.q == null || this.q.isEmpty();
	}

	@Nullable String value(String kind) {
		return kind.equals(this.by) ? this.q : null;
	}

	/** The message key of the kind's label, e.g. {@code identity.search.by.phone}. */
	static String label(String kind) {
		return "identity.search.by." + kind.toLowerCase(Locale.ROOT);
	}

}
