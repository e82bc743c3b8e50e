package io.forecourt.kernel.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Chinese citizen identity number (GB 11643-1999): a six-digit region code, the birth
 * date as {@code yyyyMMdd}, a three-digit sequence whose last digit is odd for men and
 * even for women, and an ISO 7064 MOD 11-2 check character ({@code 0-9} or {@code X}).
 * <p>
 * This is sensitive personal information under PIPL: {@link #toString()} and error
 * messages never contain the number, so it cannot leak into logs by accident. Store it
 * encrypted and look it up by keyed hash (see {@link PersonalDataProtection}).
 */
public record NationalIdNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

	/** Weights 2^(17-i) mod 11 of the first 17 digits. */
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/**
	 * The check character for each weighted sum mod 11: (12 - sum mod 11) mod 11, 10 as
	 * X.
	 */
	private static final String CHECK_CHARACTERS = "10X98765432";

	/** Birth dates are Chinese calendar days, whatever zone the server runs in. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public NationalIdNumber {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"Not an 18-character ID number (17 digits and a check character 0-9 or X)");
		}
		if (value.charAt(17) != checkCharacter(value)) {
			throw new IllegalArgumentException("ID number check character is wrong: the number is mistyped");
		}
		LocalDate born = birthDateOf(value);
		if (born.isAfter(LocalDate.now(CHINA))) {
			throw new IllegalArgumentException("ID number birth date (positions 7-14) is in the future");
		}
	}

	/**
	 * Parses what a person typed: surrounding and inner spaces are ignored and a
	 * lower-case {@code x} is accepted.
	 * @throws IllegalArgumentException if it is not a valid 18-character number, naming
	 * the problem (but not the number)
	 */
	public static NationalIdNumber parse(String raw) {
		if (raw == null) {
			throw new IllegalArgumentException("An ID number is required");
		}
		String normalised = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (normalised.matches("\\d{15}")) {
			// First-generation cards (15 digits, two-digit year, no check digit) expired
			// in 2013.
			throw new IllegalArgumentException(
					"15-digit ID numbers are from first-generation cards, which are no longer valid;"
							+ " ask for the 18-digit number");
		}
		if (normalised.length() != 18) {
			throw new IllegalArgumentException("An ID number has 18 characters, not " + normalised.length());
		}
		return new NationalIdNumber(normalised);
	}

	/**
	 * The administrative division where the number was first issued (GB/T 2260, first six
	 * digits). It is not where the person lives now, and the division may since have been
	 * renamed or merged.
	 */
	public String regionCode() {
		return this.value.substring(0, 6);
	}

	/** The birth date, positions 7–14. */
	public LocalDate birthDate() {
		return birthDateOf(this.value);
	}

	/** The gender as registered: position 17 odd for male, even for female. */
	public Gender gender() {
		return ((this.value.charAt(16) - '0') % 2 == 1) ? Gender.MALE : Gender.FEMALE;
	}

	/**
	 * The number as shown to people without the personal-data permission: the first 3 and
	 * last 4 characters with 11 asterisks between, e.g. {@code 110***********002X}. The
	 * common alternative of showing the first 6 (region) and last 4 leaves the birth date
	 * as the only hidden part, which is easy to guess; three leading digits name only the
	 * province and prefecture, and the last four are what a person reads back to confirm.
	 */
	public String masked() {
		return this.value.substring(0, 3) + "*".repeat(11) + this.value.substring(14);
	}

	/** The masked form, so that logging a value never writes the number. */
	@Override
	public String toString() {
		return masked();
	}

	private static char checkCharacter(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static LocalDate birthDateOf(String number) {
		try {
			return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
					Integer.parseInt(number.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("ID number birth date (positions 7-14) is not a real date");
		}
	}

	/** Gender as encoded in the number. */
	public enum Gender {

		MALE, FEMALE

	}

}
