package io.forecourt.leads.funnel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.web.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * What a funnel is asked for: the capture dates (local dates in the funnel's zone, both
 * included), the breakdown, the optional time series and the filters. Built from what a
 * request typed by {@link #parse}, which names every invalid field at once.
 *
 * @param channel only leads from this channel (exact)
 * @param dealerId only leads this dealer holds (within the caller's scope anyway)
 * @param model only leads interested in this model (ignoring case)
 */
public record FunnelRequest(LocalDate from, LocalDate to, FunnelGrouping groupBy, @Nullable FunnelPeriod period,
		@Nullable String channel, @Nullable UUID dealerId, @Nullable String model) {

	/** The longest range one request may cover, so a year fits and nothing more. */
	public static final int MAX_DAYS = 366;

	/** The range when none is given: the last 30 days, today included. */
	public static final int DEFAULT_DAYS = 30;

	static final int CHANNEL_MAX = 60;

	static final int MODEL_MAX = 100;

	public FunnelRequest {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new IllegalArgumentException("A funnel covers 1 to " + MAX_DAYS + " days: " + from + " to " + to);
		}
	}

	/** The number of days covered. */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/**
	 * The request from its parameters as typed; blank means absent. Without dates, the
	 * last {@value #DEFAULT_DAYS} days up to {@code today}; without {@code from}, the
	 * {@value #DEFAULT_DAYS} days up to {@code to}; without {@code to}, up to today (or
	 * to {@code from} if that is later).
	 * @throws io.forecourt.kernel.web.ProblemException a validation problem naming every
	 * invalid parameter
	 */
	public static FunnelRequest parse(@Nullable String from, @Nullable String to, @Nullable String groupBy,
			@Nullable String period, @Nullable String channel, @Nullable String dealerId, @Nullable String model,
			LocalDate today) {
		FieldErrors errors = new FieldErrors();
		LocalDate fromDate = date(errors, "from", from);
		LocalDate toDate = date(errors, "to", to);
		FunnelGrouping grouping = blank(groupBy) ? FunnelGrouping.NONE : FunnelGrouping.parse(groupBy).orElseGet(() -> {
			errors.reject("groupBy", "must be one of " + choices(FunnelGrouping.values()));
			return FunnelGrouping.NONE;
		});
		FunnelPeriod series = blank(period) ? null : FunnelPeriod.parse(period).orElseGet(() -> {
			errors.reject("period", "must be one of " + choices(FunnelPeriod.values()));
			return null;
		});
		UUID dealer = blank(dealerId) ? null : errors.attempt("dealerId", () -> uuid(dealerId));
		String channelName = text(errors, "channel", channel, CHANNEL_MAX);
		String modelName = text(errors, "model", model, MODEL_MAX);
		if (!errors.hasErrors()) {
			if (toDate == null) {
				toDate = fromDate != null && fromDate.isAfter(today) ? fromDate : today;
			}
			if (fromDate == null) {
				fromDate = toDate.minusDays(DEFAULT_DAYS - 1);
			}
			if (toDate.isBefore(fromDate)) {
				errors.reject("to", "must not be before from (" + fromDate + ")");
			}
			else if (ChronoUnit.DAYS.between(fromDate, toDate) >= MAX_DAYS) {
				errors.reject("from",
						"must be at most " + MAX_DAYS + " days before to (" + toDate + "), both included");
			}
		}
		errors.throwIfAny();
		return new FunnelRequest(fromDate, toDate, grouping, series, channelName, dealer, modelName);
	}

	private static @Nullable LocalDate date(FieldErrors errors, String field, @Nullable String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.reject(field, "must be a date like 2026-11-01");
			return null;
		}
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be a dealer id (a UUID)");
		}
	}

	private static @Nullable String text(FieldErrors errors, String field, @Nullable String text, int max) {
		if (blank(text)) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			errors.reject(field, "must be at most " + max + " characters");
			return null;
		}
		return stripped;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static String choices(Enum<?>[] values) {
		return Arrays.stream(values)
			.map(value -> value.name().toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.joining(", "));
	}

}
