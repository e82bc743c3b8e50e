package io.forecourt.sales.testdrives;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of catalog codes (models like {@code E5}, trims like {@code E5-LR}). The
 * catalog is the authority on which codes exist: the fleet asks it when a car joins
 * ({@code VehicleCatalog.carCheck()}); a booking or slot search for a model without cars
 * simply finds none.
 */
public final class ProductCodes {

	private static final Pattern MODEL = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,29}");

	private static final Pattern TRIM = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

	private ProductCodes() {
	}

	/**
	 * @throws IllegalArgumentException unless 1 to 30 of A-Z, 0-9 and '-'
	 */
	public static String model(String raw) {
		return code(raw, MODEL, 30);
	}

	/**
	 * @throws IllegalArgumentException unless 1 to 40 of A-Z, 0-9 and '-'
	 */
	public static String trim(String raw) {
		return code(raw, TRIM, 40);
	}

	private static String code(String raw, Pattern pattern, int max) {
		if (raw == null || raw.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		String code = raw.strip().toUpperCase(Locale.ROOT);
		if (!pattern.matcher(code).matches()) {
			throw new IllegalArgumentException("must be 1 to " + max + " of A-Z, 0-9 and '-', like E5 or E5-LR");
		}
		return code;
	}

}
