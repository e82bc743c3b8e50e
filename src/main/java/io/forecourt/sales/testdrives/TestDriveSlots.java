package io.forecourt.sales.testdrives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.network.DealerHours;
import io.forecourt.network.DealerSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bookable test-drive slots of a dealer's day: its opening hours cut into slots of
 * its length, each with the cars of the model that are active and not booked, and the
 * consultants on duty and not booked.
 */
@Service
public class TestDriveSlots {

	private final DealerAccess access;

	private final Availability availability;

	private final SlotLengths lengths;

	private final TestDrivePolicy policy;

	private final Clock clock;

	TestDriveSlots(DealerAccess access, Availability availability, SlotLengths lengths, TestDrivePolicy policy,
			Clock clock) {
		this.access = access;
		this.availability = availability;
		this.lengths = lengths;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException validation for a bad code or a
	 * date outside today to the booking horizon; not found for a dealer outside the scope
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public DaySlots day(@Nullable UUID dealerId, @Nullable String modelCode, @Nullable String trimCode,
			@Nullable LocalDate date) {
		FieldErrors errors = new FieldErrors();
		if (dealerId == null) {
			errors.reject("dealerId", "is required");
		}
		String model = modelCode == null || modelCode.isBlank() ? null
				: errors.attempt("modelCode", () -> ProductCodes.model(modelCode));
		String trim = trimCode == null || trimCode.isBlank() ? null
				: errors.attempt("trimCode", () -> ProductCodes.trim(trimCode));
		LocalDate today = this.clock.instant().atZone(this.policy.zone()).toLocalDate();
		if (date == null) {
			errors.reject("date", "is required");
		}
		else if (date.isBefore(today) || date.isAfter(today.plusDays(this.policy.horizonDays()))) {
			errors.reject("date", "must be from today to " + this.policy.horizonDays() + " days ahead");
		}
		errors.throwIfAny();
		DealerSummary dealer = this.access.visible(dealerId);
		int minutes = this.lengths.minutesOf(dealerId);
		String zone = this.policy.zone().getId();
		if (!dealer.isActive()) {
			return new DaySlots(dealerId, date, zone, minutes, false, model, trim, List.of());
		}
		DealerHours hours = this.access.network().openingHours(dealerId).orElseThrow();
		List<SlotGrid.Slot> grid = SlotGrid.of(this.policy.zone(), minutes).on(date, hours);
		DayResources free = this.availability.on(dealerId, date, model, trim);
		Instant now = this.clock.instant();
		boolean staff = isStaff();
		List<DaySlots.Slot> slots = grid.stream().map(slot -> {
			int cars = free.freeCars(slot.start(), slot.end()).size();
			int consultants = free.freeConsultants(slot.start(), slot.end()).size();
			boolean bookable = cars > 0 && consultants > 0 && canStartAt(slot, now, staff);
			return new DaySlots.Slot(slot.start().atZone(this.policy.zone()).toOffsetDateTime(),
					slot.end().atZone(this.policy.zone()).toOffsetDateTime(), cars, consultants, bookable);
		}).toList();
		return new DaySlots(dealerId, date, zone, minutes, !grid.isEmpty(), model, trim, slots);
	}

	/**
	 * Whether a slot can still be booked: customers book slots that have not begun; staff
	 * also the slot under way, for a customer who walked in.
	 */
	static boolean canStartAt(SlotGrid.Slot slot, Instant now, boolean staff) {
		return staff ? slot.end().isAfter(now) : !slot.start().isBefore(now);
	}

	/** Whether a person (not an integration) acts. */
	static boolean isStaff() {
		return CurrentAccess.principal().map(p -> p.kind() == ForecourtPrincipal.Kind.USER).orElse(false);
	}

}
