package io.forecourt.kernel.contact;

import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.jspecify.annotations.Nullable;

/**
 * A telephone number in E.164 form ({@code +8613812345678}), normalised by Google's
 * libphonenumber: full-width digits, spaces, dashes, {@code +86} and {@code 0086}
 * prefixes and national trunk prefixes all end up the same. Numbers without a country
 * code are read as Chinese.
 */
public record PhoneNumber(String e164) {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	public static final String DEFAULT_REGION = "CN";

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	public PhoneNumber {
		if (e164 == null || !E164.matcher(e164).matches()) {
			throw new IllegalArgumentException("Not an E.164 phone number: " + e164);
		}
	}

	/**
	 * Parses what a person typed.
	 * @throws InvalidPhoneNumberException if it is not a valid number of any numbering
	 * plan
	 */
	public static PhoneNumber parse(String raw) {
		return new PhoneNumber(PHONES.format(parsed(raw), PhoneNumberUtil.PhoneNumberFormat.E164));
	}

	/**
	 * Parses what a person typed and tells whether it is a mobile number, parsing once
	 * (for a hot path such as a presale launch: {@code parse(raw).isMobile()} parses
	 * twice).
	 * @throws InvalidPhoneNumberException as {@link #parse}
	 */
	public static Reading read(String raw) {
		Phonenumber.PhoneNumber parsed = unchecked(raw);
		// a number is valid when it has a type in its region's plan: one look-up says
		// both (isValidNumber and then getNumberType ran every pattern of the plan twice)
		PhoneNumberUtil.PhoneNumberType type = PHONES.getNumberType(parsed);
		if (type == PhoneNumberUtil.PhoneNumberType.UNKNOWN) {
			throw new InvalidPhoneNumberException(raw);
		}
		return new Reading(new PhoneNumber(PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)),
				mobile(type));
	}

	/** A number read from input, and whether it is a mobile number. */
	public record Reading(PhoneNumber number, boolean mobile) {
	}

	private static Phonenumber.PhoneNumber parsed(String raw) {
		Phonenumber.PhoneNumber parsed = unchecked(raw);
		if (!PHONES.isValidNumber(parsed)) {
			throw new InvalidPhoneNumberException(raw);
		}
		return parsed;
	}

	/** Parsed, not yet checked against the numbering plan. */
	private static Phonenumber.PhoneNumber unchecked(String raw) {
		try {
			String input = raw.strip();
			if (input.startsWith("00")) {
				input = "+" + input.substring(2);
			}
			Phonenumber.PhoneNumber plain = plainChineseMobile(input);
			return plain != null ? plain : PHONES.parse(input, DEFAULT_REGION);
		}
		catch (NumberParseException ex) {
			throw new InvalidPhoneNumberException(raw);
		}
	}

	/**
	 * What most people type, a Chinese mobile number of eleven ASCII digits, with or
	 * without {@code +86}, read as libphonenumber's {@code parse} reads it (the same
	 * country code and national number, nothing else set); anything else is left to
	 * {@code parse}. Its general patterns (viability, extensions, international prefixes)
	 * run on every input, 4.5% of a presale launch's CPU; whether the number is valid is
	 * still libphonenumber's to say.
	 * @return the number, or null when the input is not of this plain form
	 */
	static Phonenumber.@Nullable PhoneNumber plainChineseMobile(String input) {
		int start = input.startsWith("+86") ? 3 : 0;
		if (input.length() - start != 11 || input.charAt(start) != '1') {
			return null;
		}
		long national = 0;
		for (int i = start; i < input.length(); i++) {
			char digit = input.charAt(i);
			if (digit < '0' || digit > '9') {
				return null;
			}
			national = national * 10 + (digit - '0');
		}
		return new Phonenumber.PhoneNumber().setCountryCode(86).setNationalNumber(national);
	}

	/** Whether this is a mobile number (the kind leads and owners are reached on). */
	public boolean isMobile() {
		try {
			return mobile(PHONES.getNumberType(PHONES.parse(this.e164, DEFAULT_REGION)));
		}
		catch (NumberParseException ex) {
			return false;
		}
	}

	private static boolean mobile(PhoneNumberUtil.PhoneNumberType type) {
		return type == PhoneNumberUtil.PhoneNumberType.MOBILE
				|| type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
	}

	/**
	 * The number as shown to people without the personal-data permission: the national
	 * number with its middle digits hidden, e.g. {@code 138****8000}.
	 */
	public String masked() {
		String national = national();
		if (national.length() <= 7) {
			return "*".repeat(national.length());
		}
		int keepStart = 3;
		int keepEnd = 4;
		return national.substring(0, keepStart) + "*".repeat(national.length() - keepStart - keepEnd)
				+ national.substring(national.length() - keepEnd);
	}

	/** The national significant number, e.g. {@code 13812345678}. */
	public String national() {
		if (this.e164.startsWith("+86")) {
			// China's country code, and no other starts with 86: no need to parse again
			return this.e164.substring(3);
		}
		try {
			return String.valueOf(PHONES.parse(this.e164, DEFAULT_REGION).getNationalNumber());
		}
		catch (NumberParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return this.e164;
	}

	/** What a person typed is not a phone number. */
	public static class InvalidPhoneNumberException extends IllegalArgumentException {

		InvalidPhoneNumberException(String raw) {
			super("'" + raw + "' is not a valid phone number");
		}

	}

}
