package io.forecourt.sales.catalog;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import io.forecourt.sales.Powertrain;
import org.jspecify.annotations.Nullable;

/**
 * One thing in the catalog a buyer can choose, or the model it belongs to.
 *
 * @param code upper-case letters, digits and '-', e.g. {@code E5-LR}, {@code PKG-ADAS}
 * @param modelCode the model of a trim; null for other kinds
 * @param powertrain a model's; null for other kinds
 * @param bodyType a model's (SUV, SEDAN, MPV, ...); null for other kinds
 * @param colourHex a colour's swatch ({@code #RRGGBB}); null for other kinds
 * @param active whether it can be chosen now; inactive items stay for old configurations
 * @param sortOrder position in lists, lower first
 */
public record CatalogItem(String code, ChoiceKind kind, @Nullable String modelCode, String nameZh, String nameEn,
		@Nullable Powertrain powertrain, @Nullable String bodyType, @Nullable String colourHex, boolean active,
		int sortOrder, long version, Instant updatedAt) {

	/** What a catalog code may look like. */
	public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

	public static final Pattern COLOUR_HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

	public CatalogItem {
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("must be 1 to 40 of A-Z, 0-9 and '-'");
		}
		if ((kind == ChoiceKind.TRIM) != (modelCode != null)) {
			throw new IllegalArgumentException("a trim, and only a trim, belongs to a model");
		}
		if ((kind == ChoiceKind.MODEL) != (powertrain != null)) {
			throw new IllegalArgumentException("a model, and only a model, has a powertrain");
		}
	}

	/** The name in the language asked for: Chinese for zh, English otherwise. */
	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? this.nameZh : this.nameEn;
	}

	/** How messages name it, e.g. {@code 智驾辅助包 (PKG-ADAS)}. */
	public String label(Locale locale) {
		return name(locale) + " (" + this.code + ")";
	}

}
