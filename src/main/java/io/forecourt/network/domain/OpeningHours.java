package io.forecourt.network.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When a dealer is open, day by day; a day without hours is closed. Written and read as
 * {@code MONDAY=09:00-18:00,TUESDAY=09:00-18:00}; in JSON as a map from day to
 * {@code "09:00-18:00"}. Test-drive and workshop slots are derived from it.
 */
public record OpeningHours(Map<DayOfWeek, TimeRange> days) {

	public OpeningHours {
		days = Collections.unmodifiableMap(new EnumMap<>(days.isEmpty() ? new EnumMap<>(DayOfWeek.class) : days));
	}

	public static OpeningHours everyDay(LocalTime opens, LocalTime closes) {
		Map<DayOfWeek, TimeRange> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, new TimeRange(opens, closes));
		}
		return new OpeningHours(days);
	}

	/**
	 * Reads day → "HH:mm-HH:mm" pairs, as given in an API request.
	 * @throws IllegalArgumentException naming the first day or range that is wrong
	 */
	public static OpeningHours of(Map<String, String> byDay) {
		Map<DayOfWeek, TimeRange> days = new EnumMap<>(DayOfWeek.class);
		byDay.forEach((day, range) -> days.put(day(day), TimeRange.parse(range)));
		return new OpeningHours(days);
	}

	/** Reads the stored form. */
	public static OpeningHours parse(String text) {
		if (text.isBlank()) {
			return new OpeningHours(Map.of());
		}
		Map<String, String> byDay = Arrays.stream(text.split(","))
			.map(entry -> entry.split("=", 2))
			.collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : ""));
		return of(byDay);
	}

	public boolean isOpenOn(DayOfWeek day) {
		return this.days.containsKey(day);
	}

	/** The stored form, days in week order. */
	public String format() {
		return this.days.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(","));
	}

	/** Day → "HH:mm-HH:mm", in week order, as the API shows it. */
	public Map<String, String> asMap() {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		this.days.forEach((day, range) -> map.put(day.name(), range.toString()));
		return map;
	}

	private static DayOfWeek day(String name) {
		try {
			return DayOfWeek.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + name + "' is not a day of the week (MONDAY ... SUNDAY)");
		}
	}

	/** Opening and closing time of one day; closing is after opening. */
	public record TimeRange(LocalTime opens, LocalTime closes) {

		public TimeRange {
			if (!closes.isAfter(opens)) {
				throw new IllegalArgumentException("closing time " + closes + " must be after opening time " + opens);
			}
		}

		static TimeRange parse(String text) {
			String[] parts = text.strip().split("-", 2);
			try {
				if (parts.length != 2) {
					throw new DateTimeParseException("no dash", text, 0);
				}
				return new TimeRange(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("'" + text + "' is not a time range like 09:00-18:00");
			}
		}

		@Override
		public String toString() {
			return this.opens + "-" + this.closes;
		}

	}

}
