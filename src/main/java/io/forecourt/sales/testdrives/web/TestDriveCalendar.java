package io.forecourt.sales.testdrives.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.sales.testdrives.CarStatus;
import io.forecourt.sales.testdrives.DaySlots;
import io.forecourt.sales.testdrives.Fleet;
import io.forecourt.sales.testdrives.SlotGrid;
import io.forecourt.sales.testdrives.SlotLengths;
import io.forecourt.sales.testdrives.TestDriveBooking;
import io.forecourt.sales.testdrives.TestDriveCar;
import io.forecourt.sales.testdrives.TestDrivePolicy;
import io.forecourt.sales.testdrives.TestDriveReads;
import io.forecourt.sales.testdrives.TestDriveSlots;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A dealer's test-drive day as the console shows it: its cars down the side, the day's
 * slots across, each cell a booking, a free slot to book, or nothing (a car in the
 * workshop, a slot gone by or without a free consultant).
 */
@Component
class TestDriveCalendar {

	private final Fleet fleet;

	private final TestDriveReads reads;

	private final TestDriveSlots slots;

	private final SlotLengths lengths;

	private final DealerNetwork network;

	private final TestDrivePolicy policy;

	TestDriveCalendar(Fleet fleet, TestDriveReads reads, TestDriveSlots slots, SlotLengths lengths,
			DealerNetwork network, TestDrivePolicy policy) {
		this.fleet = fleet;
		this.reads = reads;
		this.slots = slots;
		this.lengths = lengths;
		this.network = network;
		this.policy = policy;
	}

	Day day(DealerSummary dealer, LocalDate date, LocalDate today) {
		ZoneId zone = this.policy.zone();
		int minutes = this.lengths.slotMinutes(dealer.id());
		List<SlotGrid.Slot> grid = this.network.openingHours(dealer.id())
			.map(hours -> SlotGrid.of(zone, minutes).on(date, hours))
			.orElse(List.of());
		Map<Instant, DaySlots.Slot> offered = new HashMap<>();
		if (!date.isBefore(today) && !date.isAfter(today.plusDays(this.policy.horizonDays()))) {
			this.slots.day(dealer.id(), null, null, date).slots().forEach(s -> offered.put(s.start().toInstant(), s));
		}
		List<TestDriveBooking> bookings = this.reads.day(dealer.id(), date);
		List<Row> rows = new ArrayList<>();
		for (TestDriveCar car : this.fleet.cars(dealer.id(), false)) {
			List<Cell> cells = new ArrayList<>();
			for (SlotGrid.Slot slot : grid) {
				TestDriveBooking booking = bookings.stream()
					.filter(b -> b.carId().equals(car.id()) && slot.overlaps(b.startsAt(), b.endsAt()))
					.findFirst()
					.orElse(null);
				DaySlots.Slot offer = offered.get(slot.start());
				boolean free = booking == null && car.status() == CarStatus.ACTIVE && offer != null && offer.bookable()
						&& offer.freeConsultants() > 0;
				cells.add(new Cell(slot.start(), booking, free));
			}
			rows.add(new Row(car, cells));
		}
		Set<UUID> staff = new HashSet<>();
		bookings.forEach(b -> staff.add(b.consultantId()));
		return new Day(grid, rows, bookings.size(), this.network.staffNames(staff), minutes);
	}

	/** The day: its slots, a row per car, how many drives, the consultants' names. */
	record Day(List<SlotGrid.Slot> slots, List<Row> rows, int bookings, Map<UUID, String> consultants,
			int slotMinutes) {
	}

	record Row(TestDriveCar car, List<Cell> cells) {
	}

	/** One car in one slot: its booking, or whether it can be booked. */
	record Cell(Instant start, @Nullable TestDriveBooking booking, boolean free) {

		/**
		 * Whether the booking starts in this slot (later slots of a long one show less).
		 */
		public boolean starts() {
			return this.booking != null && this.booking.startsAt().equals(this.start);
		}

	}

}
