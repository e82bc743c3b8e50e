package io.forecourt.kernel.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Shows stored UTC timestamps in the viewer's zone, as {@code #instants} in templates:
 * {@code ${#instants.format(lead.createdAt)}} gives {@code 2026-11-21 17:05}. Accepts
 * {@link Instant}, {@code OffsetDateTime} and {@code ZonedDateTime}; a
 * {@code LocalDateTime} is refused because it does not say which moment it is. A missing
 * value shows as nothing.
 */
public final class Instants {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final ZoneId zone;

	private final Locale locale;

	public Instants(ZoneId zone, Locale locale) {
		this.zone = zone;
		this.locale = locale;
	}

	public String format(@Nullable TemporalAccessor moment) {
		return format(moment, DATE_TIME);
	}

	public String date(@Nullable TemporalAccessor moment) {
		return format(moment, DATE);
	}

	public String format(@Nullable TemporalAccessor moment, String pattern) {
		return format(moment, DateTimeFormatter.ofPattern(pattern, this.locale));
	}

	/** The zone times are shown in, e.g. {@code Asia/Shanghai}. */
	public ZoneId zone() {
		return this.zone;
	}

	private String format(@Nullable TemporalAccessor moment, DateTimeFormatter formatter) {
		if (moment == null) {
			return "";
		}
		return formatter.withLocale(this.locale).format(Instant.from(moment).atZone(this.zone));
	}

}
