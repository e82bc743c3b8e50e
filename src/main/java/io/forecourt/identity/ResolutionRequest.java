package io.forecourt.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Identifiers to resolve to one customer, with what the channel knows of the person. The
 * hints fill empty profile fields and drive weak matching (same name, city and model
 * interest only ever suggest a merge); they never overwrite what is known.
 *
 * @param source where the identifiers came from, e.g. {@code lead:autohome} or
 * {@code api}
 */
public record ResolutionRequest(List<Identifier> identifiers, @Nullable String name, @Nullable String cityCode,
		@Nullable String modelInterest, String source) {

	public ResolutionRequest {
		identifiers = List.copyOf(identifiers);
	}

	public static ResolutionRequest of(String source, Identifier... identifiers) {
		return new ResolutionRequest(List.of(identifiers), null, null, null, source);
	}

}
