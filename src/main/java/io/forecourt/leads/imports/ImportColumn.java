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

	CHANNEL("channel", true, "the channel the lead came from, e.g. autohome"),

	PHONE("phone", true, "the phone number in any usual form; an invalid one keeps the lead, flagged INVALID"),

	NAME("name", false, "the person's name"),

	EMAIL("email", false, "an e-mail address"),

	WECHAT_UNION_ID("wechatUnionId", false, "the person's WeChat unionid"),

	BRAND("brand", false, "the brand; the configured default when empty"),

	MODEL_OF_INTEREST("modelOfInterest", false, "the model the person asked about"),

	CITY_CODE("cityCode", false, "six-digit GB/T 2260 city code, e.g. 310100"),

	PURCHASE_TIMEFRAME("purchaseTimeframe", false, "WITHIN_7_DAYS, WITHIN_15_DAYS, WITHIN_30_DAYS, LATER or UNKNOWN"),

	TEST_DRIVE_REQUESTED("testDriveRequested", false, "true/false (also yes/no, 1/0, 是/否); empty is false"),

	BUDGET("budget", false, "what the person will spend, in yuan"),

	CONSENT_MARKETING("consentMarketing", false, "true/false (also yes/no, 1/0, 是/否); empty is false"),

	CAMPAIGN("campaign", false, "the campaign"),

	UTM_SOURCE("utmSource", false, "UTM source"),

	UTM_MEDIUM("utmMedium", false, "UTM medium"),

	UTM_CAMPAIGN("utmCampaign", false, "UTM campaign"),

	UTM_CONTENT("utmContent", false, "UTM content"),

	UTM_TERM("utmTerm", false, "UTM term");

	private final String header;

	private final boolean required;

	private final String description;

	ImportColumn(String header, boolean required, String description) {
		this.header = header;
		this.required = required;
		this.description = description;
	}

	/** The name as documented (and as the field is called in the capture API). */
	public String header() {
		return this.header;
	}

	public boolean required() {
		return this.required;
	}

	public String description() {
		return this.description;
	}

	static Optional<ImportColumn> named(String name) {
		String wanted = simplified(name);
		return Arrays.stream(values()).filter(column -> simplified(column.header).equals(wanted)).findFirst();
	}

	private static String simplified(String name) {
		return name.strip().replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
	}

}
