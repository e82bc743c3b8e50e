package io.forecourt.kernel.vehicle;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Chinese licence plate (GA 36): the province's character, the city's letter, then five
 * characters (petrol cars) or six (new-energy cars), without I and O. Spaces, dots and
 * lower case are forgiven. Test-drive cars and serviced vehicles carry one.
 */
public final class LicencePlate {

	private static final Pattern PLATE = Pattern
		.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}");

	private LicencePlate() {
	}

	/**
	 * @throws IllegalArgumentException if it is not a plate
	 */
	public static String parse(String raw) {
		String plate = raw.strip().replaceAll("[\\s·.•-]", "").toUpperCase(Locale.ROOT);
		if (!PLATE.matcher(plate).matches()) {
			throw new IllegalArgumentException(
					"'" + raw + "' is not a licence plate like 沪A12345 (petrol) or 沪AD12345 (new energy)");
		}
		return plate;
	}

}
