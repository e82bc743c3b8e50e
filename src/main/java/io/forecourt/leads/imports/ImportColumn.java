package io.forecourt.leads.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an import file may have, one per field of a captured lead. Header names are
 * matched ignoring case, spaces, '-' and '_' ({@code utm_source}, {@code UTM Source} and
 * {@code utmSource} are one column); the order is free and absent optional columns are
 * empty. {@code channel} and {@code phone} are required.
 */
public enum ImportColumn {

	CHANNEL("channel", true),

	PHONE("phone", true),

	NAME("name", false),

	EMAIL("email", false),

	WECHAT_UNION_ID("wechatUnionId", false),

	BRAND("brand", false),

	MODEL_OF_INTEREST("modelOfInterest", false),

	CITY_CODE("cityCode", false),

	PURCHASE_TIMEFRAME("purchaseTimeframe", false),

	TEST_DRIVE_REQUESTED("testDriveRequested", false),

	BUDGET("budget", false),

	CONSENT_MARKETING("consentMarketing", false),

	CAMPAIGN("campaign", false),

	UTM_SOURCE("utmSource", false),

	UTM_MEDIUM("utmMedium", false),

	UTM_CAMPAIGN("utmCampaign", false),

	UTM_CONTENT("utmContent", false),

	UTM_TERM("utmTerm", false);

	private final String header;

	private final boolean required;

	ImportColumn(String header, boolean required) {
		this.header = header;
		this.required = required;
	}

	/** The name as documented (and as the field is called in the capture API). */
	public String header() {
		return this.header;
	}

	public boolean required() {
		return this.required;
	}

	static Optional<ImportColumn> named(String name) {
		String wanted = simplified(name);
		return Arrays.stream(values()).filter(column -> simplified(column.header).equals(wanted)).findFirst();
	}

	private static String simplified(String name) {
		return name.strip().replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
	}

}
