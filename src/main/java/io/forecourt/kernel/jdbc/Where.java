package io.forecourt.kernel.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.forecourt.kernel.tenancy.ScopePredicate;
import org.jspecify.annotations.Nullable;

/**
 * A WHERE clause built from the filters a request actually sets, with bound parameters.
 * Absent filters add nothing, so the database plans the query it really runs (and
 * PostgreSQL is never asked the type of an untyped {@code NULL} parameter). Condition
 * text comes from code; user values only ever travel as parameters.
 */
public final class Where {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new HashMap<>();

	private Where() {
	}

	/** Starts with the scope predicate, so no listing forgets it. */
	public static Where scoped(ScopePredicate scope) {
		Where where = new Where();
		where.conditions.add(scope.sql());
		where.params.putAll(scope.params());
		return where;
	}

	public static Where unscoped() {
		return new Where();
	}

	/** Adds a condition that takes no parameter (its values come from code). */
	public Where and(String condition) {
		this.conditions.add(condition);
		return this;
	}

	/** Adds {@code condition} with its one parameter when the value is present. */
	public Where and(String condition, String param, @Nullable Object value) {
		if (value != null) {
			this.conditions.add(condition);
			this.params.put(param, value);
		}
		return this;
	}

	/**
	 * Adds a condition whose parameter is the user's text as a case-insensitive substring
	 * pattern.
	 */
	public Where andContains(String condition, String param, @Nullable String text) {
		return and(condition, param, containsPattern(text));
	}

	public String sql() {
		return this.conditions.isEmpty() ? "1=1" : String.join(" AND ", this.conditions);
	}

	public Map<String, Object> params() {
		return Map.copyOf(this.params);
	}

	/**
	 * The text as a LIKE pattern (use with {@code ESCAPE '\'}), its own wildcards
	 * escaped.
	 */
	static @Nullable String containsPattern(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String escaped = text.strip()
			.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
