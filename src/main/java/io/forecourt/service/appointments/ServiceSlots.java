package io.forecourt.service.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServicePolicy;
import io.forecourt.service.workshop.ServiceType;
import io.forecourt.service.workshop.Span;
import io.forecourt.service.workshop.WorkshopCapacity;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bookable slots of a dealer's day for a service: the opening hours cut into starts
 * every step, each as long as the service's standard duration, with the bays of its kind
 * and the technicians with its skill that are active and not held.
 */
@Service
public class ServiceSlots {

	private final ServiceDealers dealers;

	private final WorkshopCapacity capacity;

	private final ServicePolicy policy;

	private final Clock clock;

	ServiceSlots(ServiceDealers dealers, WorkshopCapacity capacity, ServicePolicy policy, Clock clock) {
		this.dealers = dealers;
		this.capacity = capacity;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * @throws ProblemException validation for a missing or unknown service type or a date
	 * outside today to the booking horizon; not found for a dealer outside the scope
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public DaySlots day(UUID dealerId, @Nullable String serviceType, @Nullable LocalDate date) {
		FieldErrors errors = new FieldErrors();
		if (AppointmentInputs.blank(serviceType)) {
			errors.reject("serviceType", "is required");
		}
		LocalDate today = today();
		if (date == null) {
			errors.reject("date", "is required");
		}
		else if (date.isBefore(today) || date.isAfter(today.plusDays(this.policy.horizonDays()))) {
			errors.reject("date", "must be from today to " + this.policy.horizonDays() + " days ahead");
		}
		errors.throwIfAny();
		DealerSummary dealer = this.dealers.visible(dealerId);
		ServiceType type = offered(dealerId, serviceType);
		ZoneId zone = this.policy.zone();
		if (!dealer.isActive()) {
			return new DaySlots(dealerId, date, zone.getId(), type.code(), type.standardMinutes(), false, List.of());
		}
		Instant now = this.clock.instant();
		boolean staff = AppointmentInputs.isStaff();
		List<DaySlots.Slot> slots = this.capacity.slots(dealerId, type, date)
			.stream()
			.map(s -> new DaySlots.Slot(s.span().start().atZone(zone).toOffsetDateTime(),
					s.span().end().atZone(zone).toOffsetDateTime(), s.freeBays(), s.freeTechnicians(),
					s.free() && canStartAt(s.span(), now, staff)))
			.toList();
		boolean open = this.dealers.network()
			.openingHours(dealerId)
			.flatMap(hours -> hours.on(date.getDayOfWeek()))
			.isPresent();
		return new DaySlots(dealerId, date, zone.getId(), type.code(), type.standardMinutes(), open, slots);
	}

	/**
	 * The dealer's active service type of this code.
	 * @throws ProblemException validation when the dealer does not offer it
	 */
	ServiceType offered(UUID dealerId, @Nullable String code) {
		String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		return this.capacity.serviceType(dealerId, normalised)
			.orElseThrow(() -> ProblemException.validation("serviceType",
					"'" + code + "' is not a service type this dealer offers (see its workshop)"));
	}

	/**
	 * Whether a slot can still be booked: owners book starts that have not come; staff
	 * also one under way, for a car that drove in.
	 */
	static boolean canStartAt(Span span, Instant now, boolean staff) {
		return staff ? span.end().isAfter(now) : !span.start().isBefore(now);
	}

	private LocalDate today() {
		return this.clock.instant().atZone(this.policy.zone()).toLocalDate();
	}

}
