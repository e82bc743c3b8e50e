package io.forecourt.sales.testdrives;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.forecourt.kernel.time.QuarterHours;
import io.forecourt.network.DealerHours;

/**
 * How a dealer's day is cut into test-drive slots: from opening time (rounded up to the
 * quarter hour), one slot after another of the dealer's slot length, as long as a slot
 * ends by closing time. Bookings hold 15-minute {@linkplain #units units}, which slot
 * lengths are multiples of, so two bookings overlap exactly when they share a unit.
 */
public record SlotGrid(ZoneId zone, Duration slotLength) {

	/** The unit bookings hold; slot lengths are multiples of it. */
	public static final Duration UNIT = QuarterHours.UNIT;

	public SlotGrid {
		requireSlotLength((int) slotLength.toMinutes());
	}

	public static SlotGrid of(ZoneId zone, int slotMinutes) {
		return new SlotGrid(zone, Duration.ofMinutes(slotMinutes));
	}

	/**
	 * @throws IllegalArgumentException unless 15 to 240 minutes in steps of 15
	 */
	public static void requireSlotLength(int minutes) {
		if (minutes < 15 || minutes > 240 || minutes % 15 != 0) {
			throw new IllegalArgumentException("must be 15 to 240 minutes, in steps of 15");
		}
	}

	/** The slots of a day, in order; none when the dealer is closed that day. */
	public List<Slot> on(LocalDate date, DealerHours hours) {
		Optional<DealerHours.Hours> day = hours.on(date.getDayOfWeek());
		if (day.isEmpty()) {
			return List.of();
		}
		List<Slot> slots = new ArrayList<>();
		ZonedDateTime closes = date.atTime(day.get().closes()).atZone(this.zone);
		ZonedDateTime start = date.atTime(QuarterHours.roundUp(day.get().opens())).atZone(this.zone);
		while (!start.plus(this.slotLength).isAfter(closes)) {
			slots.add(new Slot(start.toInstant(), start.plus(this.slotLength).toInstant()));
			start = start.plus(this.slotLength);
		}
		return slots;
	}

	/** The slot of that day that starts at {@code start}, if there is one. */
	public Optional<Slot> slotStartingAt(Instant start, DealerHours hours) {
		LocalDate date = start.atZone(this.zone).toLocalDate();
		return on(date, hours).stream().filter(slot -> slot.start().equals(start)).findFirst();
	}

	/** The units a span covers: the numbers of its quarter hours since the epoch. */
	public static List<Long> units(Instant start, Instant end) {
		return QuarterHours.units(start, end);
	}

	public static long unitOf(Instant instant) {
		return QuarterHours.unitOf(instant);
	}

	/** One slot, as instants. */
	public record Slot(Instant start, Instant end) {

		public List<Long> units() {
			return SlotGrid.units(this.start, this.end);
		}

		public boolean overlaps(Instant from, Instant to) {
			return this.start.isBefore(to) && from.isBefore(this.end);
		}

	}

}
