package io.forecourt.leads.funnel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * What the funnel is broken down by. Each lead falls in exactly one group (a lead no
 * dealer or consultant holds yet, or without a model, in the group whose key is
 * {@code null}), so the groups add up to the total.
 */
public enum FunnelGrouping {

	NONE(null),

	CHANNEL("l.channel"),

	DEALER("l.dealer_id"),

	CONSULTANT("l.consultant_id"),

	MODEL("l.model_of_interest");

	private final @Nullable String column;

	FunnelGrouping(@Nullable String column) {
		this.column = column;
	}

	/** The column grouped by, or {@code null} for no grouping. From code, never input. */
	@Nullable String column() {
		return this.column;
	}

	/** How the API and the console spell it: {@code channel}, {@code dealer}, ... */
	@JsonValue
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<FunnelGrouping> parse(String parameter) {
		return Arrays.stream(values()).filter(g -> g.parameter().equalsIgnoreCase(parameter.strip())).findFirst();
	}

}
