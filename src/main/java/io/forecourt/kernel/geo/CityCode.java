package io.forecourt.kernel.geo;

import java.util.regex.Pattern;

/**
 * A prefecture-level city in the GB/T 2260 administrative division code: six digits, the
 * first two the province (11–82), the last two {@code 00} ({@code 310100} Shanghai,
 * {@code 440300} Shenzhen). Province codes ({@code 440000}) and districts
 * ({@code 440305}) are not cities.
 */
public record CityCode(String value) {

	private static final Pattern CITY = Pattern
		.compile("(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])(0[1-9]|[1-9]\\d)00");

	public CityCode {
		if (value == null || !CITY.matcher(value).matches()) {
			throw new IllegalArgumentException("'" + value + "' is not a GB/T 2260 city code (e.g. 310100)");
		}
	}

	/** The two-digit province part, e.g. {@code 31} for Shanghai. */
	public String province() {
		return this.value.substring(0, 2);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
