package io.forecourt.kernel.vehicle;

import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A vehicle identification number (ISO 3779): 17 characters of {@code 0-9} and
 * {@code A-Z} without {@code I}, {@code O} and {@code Q}, which read too much like
 * {@code 1} and {@code 0}.
 * <p>
 * Two ways in, because markets differ on position 9:
 * <ul>
 * <li>{@link #parse(String)} requires the check digit there. North America (49 CFR 565)
 * and China (GB 16735) both make it mandatory, and a check digit is the cheapest way to
 * catch a VIN mistyped from a registration certificate before it is matched to the wrong
 * owner.</li>
 * <li>{@link #parseLenient(String)} checks only length and alphabet, for markets where
 * position 9 is free (most of Europe, e.g. {@code WVWZZZ...} with a filler {@code Z}) and
 * for grey imports. Use it only where such VINs are expected.</li>
 * </ul>
 * The canonical constructor accepts a VIN already in canonical form and checks it as
 * leniently as {@code parseLenient}, so stored values of either kind can be read back;
 * {@link #hasValidCheckDigit()} says which kind a value is.
 */
public record Vin(String value) {

	private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJ-NPR-Z]{17}");

	/**
	 * Weight of each position in the check-digit sum (49 CFR 565.15); 0 is position 9.
	 */
	private static final int[] WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };

	/**
	 * Model-year codes in order from 1980 (the cycle repeats every 30 years): letters
	 * without I, O, Q, U, Z, then digits 1–9. 0 is never a year code.
	 */
	private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";

	private static final int FIRST_CYCLE_START = 1980;

	public Vin {
		if (value == null || !CANONICAL.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"'" + value + "' is not a VIN: it must be 17 characters of 0-9 and A-Z without I, O and Q");
		}
	}

	/**
	 * Parses what a person typed or a system sent (spaces, dashes and lower case are
	 * fine) and requires a correct check digit in position 9.
	 * @throws IllegalArgumentException if the length, alphabet or check digit is wrong
	 */
	public static Vin parse(String raw) {
		Vin vin = parseLenient(raw);
		if (!vin.hasValidCheckDigit()) {
			throw new IllegalArgumentException("'" + raw + "' is not a valid VIN: check digit (position 9) is '"
					+ vin.value.charAt(8) + "' but should be '" + checkDigit(vin.value) + "'");
		}
		return vin;
	}

	/**
	 * Parses like {@link #parse(String)} but does not check position 9, for markets
	 * without a check digit.
	 * @throws IllegalArgumentException if the length or alphabet is wrong
	 */
	public static Vin parseLenient(String raw) {
		if (raw == null) {
			throw new IllegalArgumentException("A VIN is required");
		}
		String normalised = raw.strip().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (normalised.length() != 17) {
			throw new IllegalArgumentException(
					"'" + raw + "' is not a VIN: it has " + normalised.length() + " characters, not 17");
		}
		int forbidden = indexOfAny(normalised, "IOQ");
		if (forbidden >= 0) {
			throw new IllegalArgumentException("'" + raw + "' is not a VIN: '" + normalised.charAt(forbidden)
					+ "' at position " + (forbidden + 1) + " is never used in a VIN (I, O and Q are excluded)");
		}
		return new Vin(normalised);
	}

	/**
	 * The VIN with its check digit put in position 9, as a manufacturer assigns it: for
	 * generating VINs (demo stock, tests) from the other sixteen characters.
	 * @param raw 17 characters; whatever is in position 9 is replaced
	 * @throws IllegalArgumentException if the length or alphabet is wrong
	 */
	public static Vin withCheckDigit(String raw) {
		String canonical = parseLenient(raw).value;
		return new Vin(canonical.substring(0, 8) + checkDigit(canonical) + canonical.substring(9));
	}

	/** Whether position 9 holds the check digit computed from the other sixteen. */
	public boolean hasValidCheckDigit() {
		return this.value.charAt(8) == checkDigit(this.value);
	}

	/** World manufacturer identifier: positions 1–3, e.g. {@code LFV}. */
	public String wmi() {
		return this.value.substring(0, 3);
	}

	/**
	 * Vehicle descriptor section: positions 4–9 (model, body, engine; and the check
	 * digit).
	 */
	public String vds() {
		return this.value.substring(3, 9);
	}

	/** Vehicle indicator section: positions 10–17 (model year, plant, serial). */
	public String vis() {
		return this.value.substring(9);
	}

	/** The production sequence number: positions 12–17. */
	public String serial() {
		return this.value.substring(11);
	}

	/**
	 * The manufacturer named by the WMI, if it is one of the {@link Manufacturers} we
	 * know.
	 */
	public Optional<String> manufacturer() {
		return Manufacturers.byWmi(wmi());
	}

	/**
	 * The model year coded in position 10, as of the current year. See
	 * {@link #modelYear(Year)}.
	 */
	public Optional<Year> modelYear() {
		return modelYear(Year.now());
	}

	/**
	 * The model year coded in position 10. The code repeats every 30 years ({@code A} is
	 * 1980 and 2010), so this answers the most recent matching year that is not after
	 * {@code currentYear + 1} (a car of next year's model year can be on sale today).
	 * Empty when position 10 is not a year code ({@code 0}, {@code U}, {@code Z}), which
	 * happens in markets that do not code the year there; in those markets a non-empty
	 * answer is not meaningful either.
	 */
	public Optional<Year> modelYear(Year currentYear) {
		int index = YEAR_CODES.indexOf(this.value.charAt(9));
		if (index < 0) {
			return Optional.empty();
		}
		int latest = currentYear.getValue() + 1;
		int year = FIRST_CYCLE_START + index;
		year += Math.floorDiv(latest - year, YEAR_CODES.length()) * YEAR_CODES.length();
		return Optional.of(Year.of(year));
	}

	@Override
	public String toString() {
		return this.value;
	}

	/**
	 * The check digit for a canonical VIN: the weighted sum mod 11, with 10 written X.
	 */
	static char checkDigit(String canonical) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += transliterate(canonical.charAt(i)) * WEIGHTS[i];
		}
		int remainder = sum % 11;
		return (remainder == 10) ? 'X' : (char) ('0' + remainder);
	}

	/**
	 * The numeric value of a character (49 CFR 565.15 table): digits are themselves;
	 * letters count 1–9 in three runs, A–H, J–R (skipping O and Q, so P is 7 and R is 9)
	 * and S–Z starting at 2.
	 */
	private static int transliterate(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		return switch (c) {
			case 'A', 'J' -> 1;
			case 'B', 'K', 'S' -> 2;
			case 'C', 'L', 'T' -> 3;
			case 'D', 'M', 'U' -> 4;
			case 'E', 'N', 'V' -> 5;
			case 'F', 'W' -> 6;
			case 'G', 'P', 'X' -> 7;
			case 'H', 'Y' -> 8;
			case 'R', 'Z' -> 9;
			default -> throw new IllegalArgumentException("'" + c + "' is not a VIN character");
		};
	}

	private static int indexOfAny(String s, String chars) {
		for (int i = 0; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
