package io.forecourt.leads.channels;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.forecourt.leads.grading.PurchaseTimeframe;

/**
 * The fields of a lead that a channel's payload can fill, named as in the capture API,
 * and the kind of value each takes. Mapped values arrive as text (the channel's value, or
 * what a value map turned it into) and are converted here.
 */
public enum CaptureField {

	PHONE("phone", Kind.TEXT), NAME("name", Kind.TEXT), EMAIL("email", Kind.TEXT),
	WECHAT_UNION_ID("wechatUnionId", Kind.TEXT), BRAND("brand", Kind.TEXT),
	MODEL_OF_INTEREST("modelOfInterest", Kind.TEXT), CITY_CODE("cityCode", Kind.CITY_CODE),
	PURCHASE_TIMEFRAME("purchaseTimeframe", Kind.TIMEFRAME), TEST_DRIVE_REQUESTED("testDriveRequested", Kind.FLAG),
	BUDGET("budget", Kind.AMOUNT), CONSENT_MARKETING("consentMarketing", Kind.FLAG), CAMPAIGN("campaign", Kind.TEXT),
	UTM_SOURCE("utmSource", Kind.TEXT), UTM_MEDIUM("utmMedium", Kind.TEXT), UTM_CAMPAIGN("utmCampaign", Kind.TEXT),
	UTM_CONTENT("utmContent", Kind.TEXT), UTM_TERM("utmTerm", Kind.TEXT);

	private static final Pattern CITY = Pattern.compile("\\d{6}");

	private final String fieldName;

	private final Kind kind;

	CaptureField(String fieldName, Kind kind) {
		this.fieldName = fieldName;
		this.kind = kind;
	}

	/** The name in a mapping and in the capture API, e.g. {@code purchaseTimeframe}. */
	public String fieldName() {
		return this.fieldName;
	}

	static Optional<CaptureField> named(String fieldName) {
		return Arrays.stream(values()).filter(field -> field.fieldName.equals(fieldName)).findFirst();
	}

	static String names() {
		return String.join(", ", Arrays.stream(values()).map(CaptureField::fieldName).toList());
	}

	/**
	 * The typed value of mapped text: a String, Boolean, PurchaseTimeframe or BigDecimal.
	 * @throws IllegalArgumentException saying what this field accepts
	 */
	Object convert(String text) {
		return switch (this.kind) {
			case TEXT -> text;
			case CITY_CODE -> {
				if (!CITY.matcher(text).matches()) {
					throw new IllegalArgumentException(
							"'" + text + "' is not a six-digit GB/T 2260 city code; map the channel's values");
				}
				yield text;
			}
			case FLAG -> switch (text.toLowerCase(Locale.ROOT)) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				default -> throw new IllegalArgumentException(
						"'" + text + "' is not true or false; map the channel's values to true or false");
			};
			case TIMEFRAME -> timeframe(text);
			case AMOUNT -> amount(text);
		};
	}

	private static PurchaseTimeframe timeframe(String text) {
		try {
			return PurchaseTimeframe.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + text + "' is not one of "
					+ Arrays.toString(PurchaseTimeframe.values()) + "; map the channel's values");
		}
	}

	private static BigDecimal amount(String text) {
		BigDecimal amount;
		try {
			amount = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is not an amount in yuan; map the channel's values");
		}
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("'" + text + "' is negative");
		}
		return amount;
	}

	private enum Kind {

		TEXT, CITY_CODE, FLAG, TIMEFRAME, AMOUNT

	}

}
