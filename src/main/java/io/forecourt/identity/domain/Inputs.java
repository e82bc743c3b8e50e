package io.forecourt.identity.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Conversions of request text for {@link io.forecourt.kernel.web.FieldErrors#attempt}:
 * each throws {@link IllegalArgumentException} with the message a client sees.
 */
final class Inputs {

	private Inputs() {
	}

	static String required(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		return value.strip();
	}

	/** The stripped text, {@code null} for blank unless required. */
	static @Nullable String text(@Nullable String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new IllegalArgumentException("is required");
			}
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new IllegalArgumentException("must be at most " + max + " characters");
		}
		return stripped;
	}

	static <E extends Enum<E>> @Nullable E oneOf(Class<E> type, @Nullable String value, boolean required) {
		String text = text(value, 60, required);
		if (text == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("must be one of "
				+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
	}

}
