package io.forecourt.kernel.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarter-hour grid every booking holds: unit {@code n} is the n-th quarter hour
 * since the epoch. A booking holds every unit its span touches under a primary key that
 * admits one holder per resource and unit (test-drive cars and consultants, workshop bays
 * and technicians), which is what makes a double booking impossible across instances.
 * Whole-hour zones and the quarter-hour zones (Nepal's +05:45 aside) keep local quarter
 * hours on this grid.
 */
public final class QuarterHours {

	/** The length of one unit. */
	public static final Duration UNIT = Duration.ofMinutes(15);

	private static final long UNIT_SECONDS = UNIT.toSeconds();

	private QuarterHours() {
	}

	/** The units a span [start, end) touches, in order. */
	public static List<Long> units(Instant start, Instant end) {
		List<Long> units = new ArrayList<>();
		for (long unit = unitOf(start); unit * UNIT_SECONDS < end.getEpochSecond(); unit++) {
			units.add(unit);
		}
		return units;
	}

	/** The unit an instant falls in. */
	public static long unitOf(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), UNIT_SECONDS);
	}

	/** Where a unit starts. */
	public static Instant startOf(long unit) {
		return Instant.ofEpochSecond(unit * UNIT_SECONDS);
	}

	/**
	 * A local time rounded up to the next quarter hour (09:10 becomes 09:15; 09:15
	 * stays); {@link LocalTime#MAX} past the last quarter of the day.
	 */
	public static LocalTime roundUp(LocalTime time) {
		int minutes = time.getHour() * 60 + time.getMinute() + (time.getSecond() > 0 || time.getNano() > 0 ? 1 : 0);
		int rounded = (minutes + 14) / 15 * 15;
		return rounded >= 24 * 60 ? LocalTime.MAX : LocalTime.of(rounded / 60, rounded % 60);
	}

	/**
	 * @throws IllegalArgumentException unless a positive whole number of units
	 */
	public static void requireWholeUnits(Duration duration) {
		if (duration.isNegative() || duration.isZero() || duration.toSeconds() % UNIT_SECONDS != 0
				|| duration.toNanosPart() != 0) {
			throw new IllegalArgumentException("must be a positive multiple of 15 minutes");
		}
	}

}
