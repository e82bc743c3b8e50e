package io.forecourt.sales.testdrives;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.network.StaffSummary;

/**
 * A dealer's cars and consultants on one day, with what is already held and who is
 * absent: which of them are free for a span. A snapshot: the holds' primary key, not
 * this, is what finally stops a double booking.
 */
public record DayResources(List<TestDriveCar> cars, List<StaffSummary> consultants, Map<UUID, Set<Long>> carHolds,
		Map<UUID, Set<Long>> consultantHolds, List<Absence> absences) {

	/** The cars free for the whole span, least booked that day first. */
	public List<TestDriveCar> freeCars(Instant start, Instant end) {
		List<Long> units = SlotGrid.units(start, end);
		return this.cars.stream()
			.filter(car -> free(this.carHolds.get(car.id()), units))
			.sorted(Comparator.comparingInt((TestDriveCar car) -> load(this.carHolds, car.id()))
				.thenComparing(TestDriveCar::vin))
			.toList();
	}

	/** The consultants free for the whole span and not absent, least booked first. */
	public List<StaffSummary> freeConsultants(Instant start, Instant end) {
		List<Long> units = SlotGrid.units(start, end);
		return this.consultants.stream()
			.filter(c -> free(this.consultantHolds.get(c.id()), units))
			.filter(c -> this.absences.stream().noneMatch(a -> a.staffId().equals(c.id()) && a.overlaps(start, end)))
			.sorted(Comparator.comparingInt((StaffSummary c) -> load(this.consultantHolds, c.id()))
				.thenComparing(StaffSummary::name)
				.thenComparing(StaffSummary::id))
			.toList();
	}

	private static boolean free(Set<Long> held, List<Long> units) {
		return held == null || units.stream().noneMatch(held::contains);
	}

	private static int load(Map<UUID, Set<Long>> holds, UUID id) {
		Set<Long> held = holds.get(id);
		return held == null ? 0 : held.size();
	}

}
