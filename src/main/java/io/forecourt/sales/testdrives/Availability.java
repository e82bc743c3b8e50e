package io.forecourt.sales.testdrives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.security.Role;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.StaffSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Loads what a dealer has free on a day: its active cars of a model (and trim), its
 * active sales consultants (from the network), their absences, and the holds of existing
 * bookings. Applies no scope: callers check the dealer first.
 */
@Component
class Availability {

	private final FleetCars cars;

	private final Holds holds;

	private final Absences absences;

	private final DealerNetwork network;

	private final TestDrivePolicy policy;

	Availability(FleetCars cars, Holds holds, Absences absences, DealerNetwork network, TestDrivePolicy policy) {
		this.cars = cars;
		this.holds = holds;
		this.absences = absences;
		this.network = network;
		this.policy = policy;
	}

	DayResources on(UUID dealerId, LocalDate date, @Nullable String modelCode, @Nullable String trimCode) {
		Instant from = date.atStartOfDay(this.policy.zone()).toInstant();
		Instant to = date.plusDays(1).atStartOfDay(this.policy.zone()).toInstant();
		List<TestDriveCar> fleet = this.cars.bookable(dealerId, modelCode, trimCode);
		List<StaffSummary> consultants = this.network.activeStaff(dealerId, Role.SALES_CONSULTANT);
		long fromUnit = SlotGrid.unitOf(from);
		long toUnit = SlotGrid.unitOf(to);
		return new DayResources(fleet, consultants,
				this.holds.held(Holds.Kind.CAR, fleet.stream().map(TestDriveCar::id).toList(), fromUnit, toUnit),
				this.holds.held(Holds.Kind.CONSULTANT, consultants.stream().map(StaffSummary::id).toList(), fromUnit,
						toUnit),
				this.absences.overlapping(dealerId, from, to));
	}

}
