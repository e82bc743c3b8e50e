package io.forecourt.service.workshop;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.forecourt.kernel.time.QuarterHours;
import io.forecourt.network.DealerHours;

/**
 * How a dealer's day is offered for a service: from opening time (rounded up to the
 * quarter hour) a start every step, as long as the service's standard duration ends by
 * closing time. Any quarter hour in between can be booked too (an advisor fitting a car
 * in at 10:15); the offered starts are what the brand app lists.
 */
public final class ServiceGrid {

	private ServiceGrid() {
	}

	/**
	 * The span the workshop is open that day (opening rounded up to the quarter hour),
	 * empty when it is closed.
	 */
	public static Optional<Span> open(LocalDate date, DealerHours hours, ZoneId zone) {
		Optional<DealerHours.Hours> day = hours.on(date.getDayOfWeek());
		if (day.isEmpty()) {
			return Optional.empty();
		}
		LocalTime opens = QuarterHours.roundUp(day.get().opens());
		if (!day.get().closes().isAfter(opens)) {
			return Optional.empty();
		}
		return Optional.of(new Span(date.atTime(opens).atZone(zone).toInstant(),
				date.atTime(day.get().closes()).atZone(zone).toInstant()));
	}

	/** The offered starts of a day for a service of this length, as spans, in order. */
	public static List<Span> starts(LocalDate date, DealerHours hours, ZoneId zone, Duration step, Duration length) {
		QuarterHours.requireWholeUnits(step);
		QuarterHours.requireWholeUnits(length);
		Optional<Span> open = open(date, hours, zone);
		List<Span> starts = new ArrayList<>();
		if (open.isEmpty()) {
			return starts;
		}
		ZonedDateTime start = open.get().start().atZone(zone);
		while (!start.plus(length).toInstant().isAfter(open.get().end())) {
			starts.add(new Span(start.toInstant(), start.plus(length).toInstant()));
			start = start.plus(step);
		}
		return starts;
	}

	/**
	 * The span of a service starting then, if it fits the opening hours of its day.
	 * @throws IllegalArgumentException unless the start is on a quarter hour
	 */
	public static Optional<Span> fitting(Instant start, Duration length, DealerHours hours, ZoneId zone) {
		if (start.getEpochSecond() % QuarterHours.UNIT.toSeconds() != 0 || start.getNano() != 0) {
			throw new IllegalArgumentException("must be on a quarter hour (:00, :15, :30 or :45)");
		}
		Span span = new Span(start, start.plus(length));
		return open(start.atZone(zone).toLocalDate(), hours, zone).filter(open -> open.contains(span)).map(o -> span);
	}

}
