package io.forecourt.service.workshop;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.time.QuarterHours;
import io.forecourt.network.DealerHours;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Slots are derived from opening hours, the standard duration, the bays of the right
 * kind, the technicians with the right skill and what is already held.
 */
class SlotDerivationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** A Wednesday. */
	static final LocalDate DAY = LocalDate.of(2026, 11, 25);

	static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

	final DealerHours nineToSix = new DealerHours(
			Map.of(DayOfWeek.WEDNESDAY, new DealerHours.Hours(LocalTime.of(9, 0), LocalTime.of(18, 0))));

	final UUID dealer = UUID.randomUUID();

	final ServiceType minorService = type("MAINT-MINOR", 60, Skill.MAINTENANCE, BayKind.GENERAL);

	final ServiceType tyres = type("TYRE-CHANGE", 45, Skill.TYRE, BayKind.TYRE);

	@Test
	void offeredStartsRunEveryStepFromOpeningAndEndByClosing() {
		List<Span> starts = ServiceGrid.starts(DAY, this.nineToSix, SHANGHAI, Duration.ofMinutes(30),
				Duration.ofMinutes(120));
		assertThat(starts).first().isEqualTo(span("09:00", "11:00"));
		// the last two-hour job must end by 18:00: 16:00-18:00
		assertThat(starts).last().isEqualTo(span("16:00", "18:00"));
		assertThat(starts).hasSize(15);
	}

	@Test
	void openingOffTheQuarterHourIsRoundedUpAndAClosedDayOffersNothing() {
		DealerHours odd = new DealerHours(
				Map.of(DayOfWeek.WEDNESDAY, new DealerHours.Hours(LocalTime.of(8, 50), LocalTime.of(10, 0))));
		assertThat(ServiceGrid.starts(DAY, odd, SHANGHAI, Duration.ofMinutes(15), Duration.ofMinutes(45)))
			.containsExactly(span("09:00", "09:45"), span("09:15", "10:00"));
		assertThat(ServiceGrid.starts(DAY.plusDays(1), odd, SHANGHAI, Duration.ofMinutes(15), Duration.ofMinutes(45)))
			.isEmpty();
	}

	@Test
	void aServiceFitsOnlyInsideTheDaysHoursAndOnAQuarterHour() {
		assertThat(ServiceGrid.fitting(at("17:00"), Duration.ofMinutes(60), this.nineToSix, SHANGHAI))
			.contains(span("17:00", "18:00"));
		assertThat(ServiceGrid.fitting(at("17:15"), Duration.ofMinutes(60), this.nineToSix, SHANGHAI)).isEmpty();
		assertThat(ServiceGrid.fitting(at("08:45"), Duration.ofMinutes(60), this.nineToSix, SHANGHAI)).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ServiceGrid.fitting(at("10:00").plusSeconds(600), Duration.ofMinutes(60), this.nineToSix,
					SHANGHAI))
			.withMessageContaining("quarter hour");
	}

	@Test
	void onlyBaysOfTheKindAndTechniciansWithTheSkillCount() {
		Bay lift = bay("L1", BayKind.GENERAL);
		Bay tyreBay = bay("T1", BayKind.TYRE);
		Technician mechanic = technician("Wang", Skill.MAINTENANCE, Skill.MECHANICAL);
		Technician tyreFitter = technician("Zhao", Skill.TYRE);
		WorkshopDay day = new WorkshopDay(List.of(lift, tyreBay), List.of(mechanic, tyreFitter), Map.of(), Map.of());
		Span ten = span("10:00", "11:00");
		assertThat(day.freeBays(this.minorService, ten, null)).containsExactly(lift);
		assertThat(day.freeTechnicians(this.minorService, ten, null)).containsExactly(mechanic);
		assertThat(day.freeBays(this.tyres, ten, null)).containsExactly(tyreBay);
		assertThat(day.freeTechnicians(this.tyres, ten, null)).containsExactly(tyreFitter);
	}

	@Test
	void aHeldQuarterHourTakesTheResourceOutOfEveryOverlappingSlotButNotTheAdjacentOnes() {
		Bay lift = bay("L1", BayKind.GENERAL);
		Technician mechanic = technician("Wang", Skill.MAINTENANCE);
		UUID appointment = UUID.randomUUID();
		// 10:00-11:00 is held
		Map<Long, java.util.UUID> held = new java.util.HashMap<>();
		span("10:00", "11:00").units().forEach(unit -> held.put(unit, appointment));
		WorkshopDay day = new WorkshopDay(List.of(lift), List.of(mechanic), Map.of(lift.id(), held),
				Map.of(mechanic.id(), held));
		assertThat(day.freeBays(this.minorService, span("09:00", "10:00"), null)).containsExactly(lift);
		assertThat(day.freeBays(this.minorService, span("09:30", "10:30"), null)).isEmpty();
		assertThat(day.freeBays(this.minorService, span("10:45", "11:45"), null)).isEmpty();
		assertThat(day.freeTechnicians(this.minorService, span("11:00", "12:00"), null)).containsExactly(mechanic);
		// the holder itself may move within its own holds (a reschedule by 30 minutes)
		assertThat(day.freeBays(this.minorService, span("10:30", "11:30"), appointment)).containsExactly(lift);
	}

	@Test
	void theLeastHeldBayAndTechnicianComeFirst() {
		Bay busy = bay("L1", BayKind.GENERAL);
		Bay quiet = bay("L2", BayKind.GENERAL);
		Technician wang = technician("Wang", Skill.MAINTENANCE);
		Technician zhao = technician("Zhao", Skill.MAINTENANCE);
		Map<Long, UUID> morning = new java.util.HashMap<>();
		span("09:00", "10:00").units().forEach(unit -> morning.put(unit, UUID.randomUUID()));
		WorkshopDay day = new WorkshopDay(List.of(busy, quiet), List.of(wang, zhao), Map.of(busy.id(), morning),
				Map.of(wang.id(), morning));
		assertThat(day.freeBays(this.minorService, span("14:00", "15:00"), null)).containsExactly(quiet, busy);
		assertThat(day.freeTechnicians(this.minorService, span("14:00", "15:00"), null)).containsExactly(zhao, wang);
	}

	@Test
	void loadIsTheBusierOfBaysAndTechniciansOverTheOpenHours() {
		Bay l1 = bay("L1", BayKind.GENERAL);
		Bay l2 = bay("L2", BayKind.GENERAL);
		Technician wang = technician("Wang", Skill.MAINTENANCE);
		Map<Long, UUID> threeHours = new java.util.HashMap<>();
		span("09:00", "12:00").units().forEach(unit -> threeHours.put(unit, UUID.randomUUID()));
		WorkshopDay day = new WorkshopDay(List.of(l1, l2), List.of(wang), Map.of(l1.id(), threeHours),
				Map.of(wang.id(), threeHours));
		Span open = span("09:00", "18:00");
		// bays: 12 of 2 x 36 quarter hours = 1/6; the one technician: 12 of 36 = 1/3
		assertThat(day.load(List.of(open))).isEqualTo(1.0 / 3);
		assertThat(new WorkshopDay(List.of(l1), List.of(), Map.of(), Map.of()).load(List.of(open))).isEqualTo(1.0);
	}

	@Test
	void unitsAreQuarterHoursSinceTheEpoch() {
		Instant nine = at("09:00");
		assertThat(QuarterHours.units(nine, nine.plus(Duration.ofMinutes(45)))).hasSize(3);
		assertThat(QuarterHours.unitOf(nine.plusSeconds(899))).isEqualTo(QuarterHours.unitOf(nine));
		assertThat(QuarterHours.roundUp(LocalTime.of(9, 1))).isEqualTo(LocalTime.of(9, 15));
	}

	private Span span(String from, String to) {
		return new Span(at(from), at(to));
	}

	private static Instant at(String time) {
		return DAY.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
	}

	private Bay bay(String code, BayKind kind) {
		return new Bay(UUID.randomUUID(), this.dealer, code, code, kind, true, 0, T, T);
	}

	private Technician technician(String name, Skill... skills) {
		return new Technician(UUID.randomUUID(), this.dealer, name, null, Set.of(skills), true, 0, T, T);
	}

	private ServiceType type(String code, int minutes, Skill skill, BayKind kind) {
		return new ServiceType(this.dealer, code, ServiceCategory.MAINTENANCE, code, code, minutes, skill, kind, 10000,
				12, true, 0, T);
	}

}
