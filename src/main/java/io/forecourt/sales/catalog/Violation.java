package io.forecourt.sales.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One reason a configuration cannot be built.
 *
 * @param ruleId the catalog rule that was broken, or null for a {@link ViolationType}
 * that is not a stored rule
 * @param choices the codes of the choices involved, the offending one first
 * @param message the explanation in the language the request asked for
 */
public record Violation(ViolationType rule, @Nullable Long ruleId, List<String> choices, String message) {

	public Violation {
		choices = List.copyOf(choices);
	}

}
