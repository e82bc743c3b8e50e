package io.forecourt.sales.stock;

import java.util.regex.Pattern;

import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * What car it is, in catalog codes: model, trim, exterior and interior colour (e.g.
 * {@code E5}, {@code E5-LR}, {@code PEARL-WHITE}, {@code INT-BLACK}). This record checks
 * their form (upper-case letters, digits and dashes). Whether the catalog offers such a
 * car is asked where cars enter stock ({@link StockVehicleRegistry}, through the
 * catalog's {@code CarCheck}); allocation requests and factory orders come from orders,
 * whose configurations the configurator has already checked.
 */
public record VehicleSpec(String modelCode, String trimCode, String exteriorColourCode, String interiorColourCode) {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{0,28}[A-Z0-9])?");

	public VehicleSpec {
		check("modelCode", modelCode);
		check("trimCode", trimCode);
		check("exteriorColourCode", exteriorColourCode);
		check("interiorColourCode", interiorColourCode);
	}

	/**
	 * The spec from request values, each bad field recorded under {@code prefix + name};
	 * null when any is bad.
	 */
	public static @Nullable VehicleSpec parse(FieldErrors errors, String prefix, @Nullable String modelCode,
			@Nullable String trimCode, @Nullable String exteriorColourCode, @Nullable String interiorColourCode) {
		String model = errors.attempt(prefix + "modelCode", () -> code("modelCode", modelCode));
		String trim = errors.attempt(prefix + "trimCode", () -> code("trimCode", trimCode));
		String exterior = errors.attempt(prefix + "exteriorColourCode",
				() -> code("exteriorColourCode", exteriorColourCode));
		String interior = errors.attempt(prefix + "interiorColourCode",
				() -> code("interiorColourCode", interiorColourCode));
		if (model == null || trim == null || exterior == null || interior == null) {
			return null;
		}
		return new VehicleSpec(model, trim, exterior, interior);
	}

	/** e.g. {@code E5 E5-LR PEARL-WHITE/INT-BLACK}. */
	public String label() {
		return this.modelCode + " " + this.trimCode + " " + this.exteriorColourCode + "/" + this.interiorColourCode;
	}

	private static String code(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		String code = value.strip();
		check(field, code);
		return code;
	}

	private static void check(String field, String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException(
					"'" + code + "' is not a catalog code: 1 to 30 upper-case letters," + " digits and inner dashes");
		}
	}

}
