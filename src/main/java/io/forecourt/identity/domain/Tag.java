package io.forecourt.identity.domain;

import java.util.regex.Pattern;

/**
 * A tag's text: 1–40 letters (Chinese included), digits, {@code -} and {@code _}, so tags
 * stay usable as segment names and URL path segments.
 */
public record Tag(String value) {

	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{Nd}_-]{1,40}");

	public Tag {
		if (value == null || !TAG.matcher(value).matches()) {
			throw new IllegalArgumentException("'" + value + "' is not a tag: 1-40 letters, digits, '-' or '_'");
		}
	}

	/** The tag from user input, surrounding spaces removed. */
	public static Tag parse(String text) {
		return new Tag(text == null ? null : text.strip());
	}

}
