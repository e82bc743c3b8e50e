package io.forecourt.leads.funnel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The length of the periods of a funnel's time series. Weeks start on Monday (ISO 8601,
 * as in China); months on the first. The first and last period are cut to the requested
 * range, so a series never counts a lead from outside it.
 */
public enum FunnelPeriod {

	DAY, WEEK, MONTH;

	@JsonValue
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<FunnelPeriod> parse(String parameter) {
		return Arrays.stream(values()).filter(p -> p.parameter().equalsIgnoreCase(parameter.strip())).findFirst();
	}

	/** The periods covering {@code from} to {@code to} (both included), in order. */
	List<DateRange> periods(LocalDate from, LocalDate to) {
		List<DateRange> periods = new ArrayList<>();
		LocalDate start = from;
		while (!start.isAfter(to)) {
			LocalDate end = lastDay(start);
			if (end.isAfter(to)) {
				end = to;
			}
			periods.add(new DateRange(start, end));
			start = end.plusDays(1);
		}
		return periods;
	}

	private LocalDate lastDay(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
		};
	}

	/** Local dates from {@code start} to {@code end}, both included. */
	public record DateRange(LocalDate start, LocalDate end) {
	}

}
