package io.forecourt.service.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.vehicle.LicencePlate;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.ServiceAppointmentBooked;
import io.forecourt.service.ServiceAppointmentCancelled;
import io.forecourt.service.ServiceAppointmentRescheduled;
import io.forecourt.service.appointments.AppointmentRequests.NewAppointment;
import io.forecourt.service.appointments.AppointmentRequests.Reschedule;
import io.forecourt.service.workshop.Bay;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServiceGrid;
import io.forecourt.service.workshop.ServicePolicy;
import io.forecourt.service.workshop.ServiceType;
import io.forecourt.service.workshop.Span;
import io.forecourt.service.workshop.Technician;
import io.forecourt.service.workshop.WorkshopCapacity;
import io.forecourt.service.workshop.WorkshopDay;
import io.forecourt.service.workshop.WorkshopHolds;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books, moves and cancels workshop appointments. An appointment holds its bay and its
 * technician for every quarter hour of its span ({@link WorkshopHolds}); when two
 * bookings race for the same bay or technician, the database lets one insert its holds
 * and the other tries again with what is still free, so the workshop is never overbooked,
 * however many instances run. Everything a booking writes (the owner's One ID created for
 * a new phone included), its audit record and its event commit together or not at all.
 */
@Service
public class AppointmentBooking {

	/** The holder kind of appointments' holds in {@link WorkshopHolds}. */
	public static final String HOLDER = "APPOINTMENT";

	private static final Logger log = LoggerFactory.getLogger(AppointmentBooking.class);

	private static final int ATTEMPTS = 8;

	private final ServiceDealers dealers;

	private final ServiceSlots slots;

	private final WorkshopCapacity capacity;

	private final WorkshopHolds holds;

	private final Appointments appointments;

	private final AppointmentAccess access;

	private final ServicePolicy policy;

	private final CustomerIdentification identification;

	private final CustomerDealers customerDealers;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AppointmentBooking(ServiceDealers dealers, ServiceSlots slots, WorkshopCapacity capacity, WorkshopHolds holds,
			Appointments appointments, AppointmentAccess access, ServicePolicy policy,
			CustomerIdentification identification, CustomerDealers customerDealers, AuditLog audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.dealers = dealers;
		this.slots = slots;
		this.capacity = capacity;
		this.holds = holds;
		this.appointments = appointments;
		this.access = access;
		this.policy = policy;
		this.identification = identification;
		this.customerDealers = customerDealers;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Books an appointment. It moves no money, so an {@code Idempotency-Key} is optional;
	 * given, a repeat by the same caller returns the first appointment.
	 * @throws ProblemException validation naming each bad field (nothing is written); not
	 * found for a dealer outside the scope; outside-opening-hours when the service does
	 * not fit the day's hours; conflict when the dealer is suspended; slot-taken when no
	 * bay or technician is free for it
	 */
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public Booked book(NewAppointment request, @Nullable String requestKey) {
		FieldErrors errors = new FieldErrors();
		String key = AppointmentInputs.text(errors, "Idempotency-Key", requestKey, 100);
		if (request.dealerId() == null) {
			errors.reject("dealerId", "is required");
		}
		if (AppointmentInputs.blank(request.serviceType())) {
			errors.reject("serviceType", "is required");
		}
		Instant start = errors.attempt("start", () -> AppointmentInputs.parseStart(request.start()));
		PhoneNumber phone = null;
		if (AppointmentInputs.blank(request.phone())) {
			errors.reject("phone", "is required");
		}
		else {
			phone = errors.attempt("phone", () -> PhoneNumber.parse(request.phone()));
		}
		Vin vin = AppointmentInputs.blank(request.vin()) ? null : errors.attempt("vin", () -> Vin.parse(request.vin()));
		String plate = AppointmentInputs.blank(request.plate()) ? null
				: errors.attempt("plate", () -> LicencePlate.parse(request.plate()));
		if (AppointmentInputs.blank(request.vin()) && AppointmentInputs.blank(request.plate())) {
			errors.reject("vin", "give the vehicle's VIN, its plate or both");
		}
		Integer mileage = AppointmentInputs.mileage(errors, request.mileageKm());
		String name = AppointmentInputs.text(errors, "name", request.name(), 100);
		String note = AppointmentInputs.text(errors, "note", request.note(), 500);
		errors.throwIfAny();
		String actor = AppointmentInputs.actor();
		if (key != null) {
			Optional<Appointment> first = this.appointments.findByRequestKey(actor, key);
			if (first.isPresent()) {
				return new Booked(first.get(), false);
			}
		}
		UUID dealerId = request.dealerId();
		DealerSummary dealer = this.dealers.visible(dealerId);
		ServiceType type = this.slots.offered(dealerId, request.serviceType());
		Span span = bookableSpan(dealer, type, start, this.clock.instant());
		if (request.bayId() != null) {
			requireBay(request.bayId(), type, dealerId);
		}
		if (request.technicianId() != null) {
			requireTechnician(request.technicianId(), type, dealerId);
		}
		String channel = AppointmentInputs.channel();
		PhoneNumber owner = phone;
		return withRetries(() -> {
			if (key != null) {
				Optional<Appointment> first = this.appointments.findByRequestKey(actor, key);
				if (first.isPresent()) {
					return new Booked(first.get(), false);
				}
			}
			Instant now = this.clock.instant();
			List<Identifier> identifiers = new ArrayList<>();
			identifiers.add(Identifier.phone(owner.e164()));
			if (vin != null) {
				identifiers.add(Identifier.vin(vin.value()));
			}
			UUID customer = this.identification
				.resolve(new ResolutionRequest(identifiers, name, dealer.city().value(), null,
						"service:" + channel.toLowerCase(Locale.ROOT)))
				.customerId();
			WorkshopDay day = this.capacity.day(dealerId, dateOf(span));
			Bay bay = pickBay(day, type, span, request.bayId(), null, null);
			Technician technician = pickTechnician(day, type, span, request.technicianId(), null, null);
			Appointment appointment = new Appointment(UUID.randomUUID(), dealerId, type.code(), bay.id(),
					technician.id(), customer, vin == null ? null : vin.value(), plate, mileage, name, owner.masked(),
					channel, note, span.start(), span.end(), AppointmentStatus.BOOKED, null, null, null, null, null,
					null, actor, now, now, 0);
			this.appointments.insert(appointment, key);
			this.holds.hold(dealerId, HOLDER, appointment.id(), holdsOf(bay.id(), technician.id(), span));
			this.customerDealers.link(customer, dealerId, "SERVICE", now);
			this.audit.recordChange(AuditAction.CREATE, AppointmentAccess.APPOINTMENT, appointment.id(),
					type.code() + " at " + span.start() + " in bay " + bay.code() + " with " + technician.name()
							+ " for customer " + customer + " (" + channel + ")");
			this.events.publishEvent(new ServiceAppointmentBooked(appointment.id(), customer, dealerId, type.code(),
					bay.id(), technician.id(), appointment.vin(), plate, span.start(), span.end(), channel, now));
			return new Booked(appointment, true);
		});
	}

	/**
	 * An appointment and whether this request made it (false: a repeat of an
	 * Idempotency-Key).
	 */
	public record Booked(Appointment appointment, boolean created) {
	}

	/**
	 * Moves a booked appointment, atomically: in one transaction the new quarter hours
	 * are held before the old ones are let go, so a lost race leaves the appointment
	 * where it was.
	 * @throws ProblemException validation for a bad start, bay or technician; not found
	 * outside the scope; conflict unless booked; outside-opening-hours; slot-taken when
	 * nothing is free then
	 */
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public Appointment reschedule(UUID id, Reschedule request) {
		FieldErrors errors = new FieldErrors();
		Instant start = errors.attempt("start", () -> AppointmentInputs.parseStart(request.start()));
		errors.throwIfAny();
		return withRetries(() -> {
			Instant now = this.clock.instant();
			Appointment appointment = this.access.lockVisible(id);
			appointment.requireBooked("rescheduled");
			DealerSummary dealer = this.dealers.network().dealer(appointment.dealerId()).orElseThrow();
			ServiceType type = this.capacity.serviceType(appointment.dealerId(), appointment.serviceTypeCode())
				.orElseThrow(() -> ProblemException.conflict("Service type " + appointment.serviceTypeCode()
						+ " is no longer offered; cancel this appointment and book another service"));
			Span span = bookableSpan(dealer, type, start, now);
			if (request.bayId() != null) {
				requireBay(request.bayId(), type, appointment.dealerId());
			}
			if (request.technicianId() != null) {
				requireTechnician(request.technicianId(), type, appointment.dealerId());
			}
			WorkshopDay day = this.capacity.day(appointment.dealerId(), dateOf(span));
			Bay bay = pickBay(day, type, span, request.bayId(), appointment.bayId(), id);
			Technician technician = pickTechnician(day, type, span, request.technicianId(), appointment.technicianId(),
					id);
			Appointment moved = appointment.rescheduled(bay.id(), technician.id(), span.start(), span.end(), now);
			this.holds.move(appointment.dealerId(), HOLDER, id, holdsOf(bay.id(), technician.id(), span));
			this.appointments.save(moved);
			this.audit.recordChange(AuditAction.UPDATE, AppointmentAccess.APPOINTMENT, id,
					"rescheduled from " + appointment.startsAt() + " to " + span.start() + ", bay " + bay.code() + ", "
							+ technician.name());
			this.events.publishEvent(new ServiceAppointmentRescheduled(id, appointment.customerId(),
					appointment.dealerId(), appointment.serviceTypeCode(), bay.id(), technician.id(),
					appointment.startsAt(), span.start(), span.end(), now));
			return moved;
		});
	}

	/**
	 * Cancels a booked appointment and frees its bay and technician.
	 * @throws ProblemException not found outside the scope; conflict unless booked
	 */
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public Appointment cancel(UUID id, @Nullable String reason) {
		FieldErrors errors = new FieldErrors();
		String why = AppointmentInputs.text(errors, "reason", reason, 200);
		errors.throwIfAny();
		return this.transaction.execute(status -> {
			Instant now = this.clock.instant();
			Appointment appointment = this.access.lockVisible(id);
			Appointment cancelled = appointment.cancelled(why, now);
			this.holds.release(HOLDER, id);
			this.appointments.save(cancelled);
			this.audit.recordChange(AuditAction.UPDATE, AppointmentAccess.APPOINTMENT, id,
					"cancelled" + (why == null ? "" : ": " + why) + "; bay and technician freed");
			this.events.publishEvent(new ServiceAppointmentCancelled(id, appointment.customerId(),
					appointment.dealerId(), appointment.serviceTypeCode(), appointment.startsAt(), why, now));
			return cancelled;
		});
	}

	/** The span of the service starting then, if the caller can book it. */
	private Span bookableSpan(DealerSummary dealer, ServiceType type, Instant start, Instant now) {
		if (!dealer.isActive()) {
			throw ProblemException.conflict("Dealer " + dealer.code() + " is suspended and takes no appointments");
		}
		Span span;
		try {
			span = ServiceGrid.fitting(start, type.duration(), this.dealers.hours(dealer.id()), this.policy.zone())
				.orElseThrow(() -> new ProblemException(ProblemType.OUTSIDE_OPENING_HOURS,
						"A " + type.standardMinutes() + "-minute " + type.code() + " starting "
								+ start.atZone(this.policy.zone()).toOffsetDateTime()
								+ " does not fit the opening hours of " + dealer.code() + " that day",
						java.util.Map.of("field", "start")));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.validation("start", String.valueOf(ex.getMessage()));
		}
		if (!ServiceSlots.canStartAt(span, now, AppointmentInputs.isStaff())) {
			throw ProblemException.validation("start", "is in the past");
		}
		LocalDate today = now.atZone(this.policy.zone()).toLocalDate();
		if (dateOf(span).isAfter(today.plusDays(this.policy.horizonDays()))) {
			throw ProblemException.validation("start", "is more than " + this.policy.horizonDays() + " days ahead");
		}
		return span;
	}

	private void requireBay(UUID bayId, ServiceType type, UUID dealerId) {
		Bay bay = this.capacity.bay(bayId)
			.filter(b -> b.dealerId().equals(dealerId) && b.active())
			.orElseThrow(() -> ProblemException.validation("bayId", "is not an active bay of this dealer"));
		if (!type.fits(bay)) {
			throw ProblemException.validation("bayId",
					"is a " + bay.kind() + " bay; " + type.code() + " needs a " + type.requiredBayKind() + " bay");
		}
	}

	private void requireTechnician(UUID technicianId, ServiceType type, UUID dealerId) {
		Technician technician = this.capacity.technician(technicianId)
			.filter(t -> t.dealerId().equals(dealerId) && t.active())
			.orElseThrow(
					() -> ProblemException.validation("technicianId", "is not an active technician of this dealer"));
		if (!type.fits(technician)) {
			throw ProblemException.validation("technicianId",
					technician.name() + " lacks the skill " + type.requiredSkill() + " that " + type.code() + " needs");
		}
	}

	private Bay pickBay(WorkshopDay day, ServiceType type, Span span, @Nullable UUID wanted, @Nullable UUID current,
			@Nullable UUID self) {
		List<Bay> free = day.freeBays(type, span, self);
		return pick(free, Bay::id, wanted, current).orElseThrow(() -> slotTaken(
				(wanted == null ? "No " + type.requiredBayKind() + " bay is" : "Bay " + wanted + " is not") + " free",
				span));
	}

	private Technician pickTechnician(WorkshopDay day, ServiceType type, Span span, @Nullable UUID wanted,
			@Nullable UUID current, @Nullable UUID self) {
		List<Technician> free = day.freeTechnicians(type, span, self);
		return pick(free, Technician::id, wanted, current)
			.orElseThrow(() -> slotTaken((wanted == null ? "No technician skilled in " + type.requiredSkill() + " is"
					: "Technician " + wanted + " is not") + " free", span));
	}

	/**
	 * The wanted one if free, else the current one if free, else (unless one was wanted)
	 * the first free.
	 */
	private static <T> Optional<T> pick(List<T> free, java.util.function.Function<T, UUID> id, @Nullable UUID wanted,
			@Nullable UUID current) {
		if (wanted != null) {
			return free.stream().filter(r -> id.apply(r).equals(wanted)).findFirst();
		}
		return free.stream()
			.filter(r -> current != null && id.apply(r).equals(current))
			.findFirst()
			.or(() -> free.stream().findFirst());
	}

	private ProblemException slotTaken(String what, Span span) {
		return new ProblemException(ProblemType.SLOT_TAKEN,
				what + " from " + span.start().atZone(this.policy.zone()).toOffsetDateTime() + "; choose another slot");
	}

	static Set<WorkshopHolds.Hold> holdsOf(UUID bayId, UUID technicianId, Span span) {
		Set<WorkshopHolds.Hold> holds = new java.util.HashSet<>();
		for (long unit : span.units()) {
			holds.add(new WorkshopHolds.Hold(WorkshopHolds.Resource.BAY, bayId, unit));
			holds.add(new WorkshopHolds.Hold(WorkshopHolds.Resource.TECHNICIAN, technicianId, unit));
		}
		return holds;
	}

	/**
	 * Runs an attempt in a transaction of its own; when it loses a race for a hold (or a
	 * lock), it runs again and sees what the winner took.
	 */
	private <T> T withRetries(Supplier<T> attempt) {
		for (int i = 1;; i++) {
			try {
				return this.transaction.execute(status -> attempt.get());
			}
			catch (DuplicateKeyException | TransientDataAccessException ex) {
				if (i == ATTEMPTS) {
					throw new ProblemException(ProblemType.SLOT_TAKEN,
							"The slot was taken at the same time; please choose another");
				}
				log.debug("Appointment attempt {} lost a race, trying again: {}", i, ex.getMessage());
			}
		}
	}

	private LocalDate dateOf(Span span) {
		return span.start().atZone(this.policy.zone()).toLocalDate();
	}

}
