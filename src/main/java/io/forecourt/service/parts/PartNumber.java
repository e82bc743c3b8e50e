package io.forecourt.service.parts;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An OEM part number: 5 to 30 upper-case letters and digits in groups joined by single
 * dashes, with at least one digit ({@code HX1012001-00}, {@code 04152-YZZA1}). Input is
 * trimmed and upper-cased; spaces, dots and other punctuation are refused rather than
 * guessed at, because two spellings of one number would make two parts.
 */
public record PartNumber(String value) implements Comparable<PartNumber> {

	public static final int MAX_LENGTH = 30;

	private static final Pattern FORM = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

	private static final Pattern DIGIT = Pattern.compile(".*[0-9].*");

	public PartNumber {
		if (value.length() < 5 || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()
				|| !DIGIT.matcher(value).matches()) {
			throw new IllegalArgumentException("must be 5 to " + MAX_LENGTH
					+ " letters A-Z and digits, in groups joined by single dashes, with at least one digit"
					+ " (e.g. HX1012001-00)");
		}
	}

	/**
	 * @throws IllegalArgumentException for a missing or malformed number, saying why
	 */
	public static PartNumber parse(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		return new PartNumber(raw.strip().toUpperCase(Locale.ROOT));
	}

	@Override
	public int compareTo(PartNumber other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
