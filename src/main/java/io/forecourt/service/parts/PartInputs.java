package io.forecourt.service.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;

/** Reading request fields into values, each failure recorded against its field. */
final class PartInputs {

	/** Upper-case letters, digits and inner dashes: {@code A-01-03}. */
	private static final Pattern BIN = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

	static final int MAX_QUANTITY = 100_000;

	private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

	private PartInputs() {
	}

	static @Nullable String text(FieldErrors errors, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			errors.reject(field, "is required");
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			errors.reject(field, "must be at most " + max + " characters");
			return null;
		}
		return text;
	}

	static @Nullable String optionalText(FieldErrors errors, String field, @Nullable String value, int max) {
		return value == null || value.isBlank() ? null : text(errors, field, value, max);
	}

	static @Nullable PartNumber partNumber(FieldErrors errors, String field, @Nullable String value) {
		return errors.attempt(field, () -> PartNumber.parse(value));
	}

	/** A bin location, upper-cased; null (and no error) when blank. */
	static @Nullable String bin(FieldErrors errors, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String bin = value.strip().toUpperCase(Locale.ROOT);
		if (bin.length() > 20 || !BIN.matcher(bin).matches()) {
			errors.reject(field,
					"must be at most 20 letters A-Z and digits, in groups joined by dashes (e.g. A-01-03)");
			return null;
		}
		return bin;
	}

	static @Nullable Integer quantity(FieldErrors errors, String field, @Nullable Integer value, int min) {
		if (value == null) {
			errors.reject(field, "is required");
			return null;
		}
		if (value < min || value > MAX_QUANTITY) {
			errors.reject(field, "must be " + min + " to " + MAX_QUANTITY);
			return null;
		}
		return value;
	}

	static @Nullable BigDecimal price(FieldErrors errors, String field, @Nullable BigDecimal value) {
		if (value == null) {
			errors.reject(field, "is required");
			return null;
		}
		if (value.signum() < 0 || value.compareTo(MAX_PRICE) > 0) {
			errors.reject(field, "must be 0 to " + MAX_PRICE.toPlainString() + " yuan");
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			errors.reject(field, "must have at most two decimals (fen)");
			return null;
		}
		return value.setScale(2);
	}

	static <E extends Enum<E>> @Nullable E choice(FieldErrors errors, String field, Class<E> type,
			@Nullable String value) {
		if (value == null || value.isBlank()) {
			errors.reject(field, "is required");
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			List<String> names = new ArrayList<>();
			for (E constant : type.getEnumConstants()) {
				names.add(constant.name());
			}
			errors.reject(field, "must be one of " + String.join(", ", names));
			return null;
		}
	}

}
