package io.forecourt.sales.testdrives;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.forecourt.network.DealerHours;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** How opening hours become slots, and slots the quarter-hour units bookings hold. */
class SlotGridTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** A Monday. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	private final DealerHours hours = new DealerHours(
			Map.of(DayOfWeek.MONDAY, new DealerHours.Hours(LocalTime.of(9, 0), LocalTime.of(12, 0))));

	@Test
	void slotsRunFromOpeningOneAfterAnotherAndEndByClosing() {
		List<SlotGrid.Slot> slots = SlotGrid.of(SHANGHAI, 45).on(MONDAY, this.hours);
		assertThat(slots).extracting(slot -> slot.start().atZone(SHANGHAI).toLocalTime().toString())
			.containsExactly("09:00", "09:45", "10:30", "11:15");
		assertThat(slots.get(3).end()).isEqualTo(MONDAY.atTime(12, 0).atZone(SHANGHAI).toInstant());
		// an hour slot fits three times; the fourth would end after closing
		assertThat(SlotGrid.of(SHANGHAI, 60).on(MONDAY, this.hours)).hasSize(3);
		assertThat(SlotGrid.of(SHANGHAI, 120).on(MONDAY, this.hours)).hasSize(1);
	}

	@Test
	void aClosedDayHasNoSlots() {
		assertThat(SlotGrid.of(SHANGHAI, 45).on(MONDAY.plusDays(1), this.hours)).isEmpty();
	}

	@Test
	void anOddOpeningTimeIsRoundedUpToTheQuarterHour() {
		DealerHours odd = new DealerHours(
				Map.of(DayOfWeek.MONDAY, new DealerHours.Hours(LocalTime.of(9, 10), LocalTime.of(10, 30))));
		assertThat(SlotGrid.of(SHANGHAI, 30).on(MONDAY, odd))
			.extracting(slot -> slot.start().atZone(SHANGHAI).toLocalTime().toString())
			.containsExactly("09:15", "09:45");
	}

	@Test
	void onlyASlotsStartIsAcceptedAsAStart() {
		SlotGrid grid = SlotGrid.of(SHANGHAI, 45);
		Instant nineFortyFive = MONDAY.atTime(9, 45).atZone(SHANGHAI).toInstant();
		assertThat(grid.slotStartingAt(nineFortyFive, this.hours)).isPresent();
		assertThat(grid.slotStartingAt(nineFortyFive.plusSeconds(15 * 60), this.hours)).isEmpty();
	}

	@Test
	void overlappingSlotsOfDifferentLengthsShareAUnit() {
		Instant nine = MONDAY.atTime(9, 0).atZone(SHANGHAI).toInstant();
		List<Long> fortyFive = SlotGrid.units(nine, nine.plusSeconds(45 * 60));
		List<Long> fromNineThirty = SlotGrid.units(nine.plusSeconds(30 * 60), nine.plusSeconds(90 * 60));
		List<Long> fromNineFortyFive = SlotGrid.units(nine.plusSeconds(45 * 60), nine.plusSeconds(105 * 60));
		assertThat(fortyFive).hasSize(3);
		assertThat(fortyFive).containsAnyElementsOf(fromNineThirty);
		assertThat(fortyFive).doesNotContainAnyElementsOf(fromNineFortyFive);
	}

	@Test
	void slotLengthsAreQuarterHoursFrom15To240Minutes() {
		SlotGrid.requireSlotLength(15);
		SlotGrid.requireSlotLength(240);
		assertThatIllegalArgumentException().isThrownBy(() -> SlotGrid.requireSlotLength(50));
		assertThatIllegalArgumentException().isThrownBy(() -> SlotGrid.requireSlotLength(0));
		assertThatIllegalArgumentException().isThrownBy(() -> SlotGrid.requireSlotLength(255));
	}

}
