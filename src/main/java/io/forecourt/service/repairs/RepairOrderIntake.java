package io.forecourt.service.repairs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.vehicle.LicencePlate;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.ExtraWorkDecided;
import io.forecourt.service.ExtraWorkRequested;
import io.forecourt.service.RepairOrderDelivered;
import io.forecourt.service.RepairOrderOpened;
import io.forecourt.service.RepairOrderStepChanged;
import io.forecourt.service.appointments.Appointment;
import io.forecourt.service.appointments.AppointmentReads;
import io.forecourt.service.appointments.AppointmentStatus;
import io.forecourt.service.parts.Part;
import io.forecourt.service.parts.PartCatalog;
import io.forecourt.service.parts.PartLine;
import io.forecourt.service.parts.PartsReservations;
import io.forecourt.service.workshop.Bay;
import io.forecourt.service.workshop.ServiceDealers;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens repair orders: from a checked-in appointment, or for a walk-in with a bay and a
 * technician held if any are free. The order starts at reception with the service type's
 * labour as its approved original job, audited and announced in the same transaction.
 */
@Service
public class RepairOrderIntake {

	private static final Logger log = LoggerFactory.getLogger(RepairOrderIntake.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int HOLD_ATTEMPTS = 3;

	private final RepairRecords records;

	private final ServiceDealers dealers;

	private final AppointmentReads appointments;

	private final WorkshopCapacity capacity;

	private final WorkshopHolds holds;

	private final CustomerIdentification identification;

	private final CustomerDealers customerDealers;

	private final LabourRates labourRates;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	private final Clock clock;

	RepairOrderIntake(RepairRecords records, ServiceDealers dealers, AppointmentReads appointments,
			WorkshopCapacity capacity, WorkshopHolds holds, CustomerIdentification identification,
			CustomerDealers customerDealers, LabourRates labourRates, AuditLog audit, ApplicationEventPublisher events,
			JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.records = records;
		this.dealers = dealers;
		this.appointments = appointments;
		this.capacity = capacity;
		this.holds = holds;
		this.identification = identification;
		this.customerDealers = customerDealers;
		this.labourRates = labourRates;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
	}

	/** A repair order and whether this call opened it (false: it was open already). */
	public record Opened(RepairOrder order, boolean created) {
	}

	/**
	 * Opens the repair order of a checked-in appointment: its customer, vehicle, bay,
	 * technician and mileage, and the service type's labour as the approved original job.
	 * Opening it again returns the same order.
	 * @throws ProblemException not found outside the scope; conflict unless checked in
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public Opened openFromAppointment(UUID appointmentId, @Nullable String ownerFirstName) {
		FieldErrors errors = new FieldErrors();
		String firstName = RepairInput.text(errors, "ownerFirstName", ownerFirstName, 20);
		errors.throwIfAny();
		Appointment appointment = this.appointments.appointment(appointmentId);
		// one opening at a time per appointment: the second finds the first's order
		this.jdbc.sql("SELECT id FROM service_appointments WHERE id = ? FOR UPDATE")
			.param(appointmentId)
			.query(UUID.class)
			.single();
		Optional<RepairOrder> existing = this.records.findByAppointment(appointmentId);
		if (existing.isPresent()) {
			return new Opened(existing.get(), false);
		}
		if (appointment.status() != AppointmentStatus.CHECKED_IN) {
			throw ProblemException.conflict("Appointment " + appointmentId + " is " + appointment.status()
					+ "; a repair order is opened once the owner checked in");
		}
		Instant now = this.clock.instant();
		RepairOrder order = new RepairOrder(UUID.randomUUID(), appointment.dealerId(), appointment.customerId(),
				appointmentId, appointment.serviceTypeCode(), appointment.vin(), appointment.plate(),
				appointment.mileageKm(), appointment.bayId(), appointment.technicianId(), firstName,
				RepairStep.RECEPTION, now, token(), RepairInput.actor(), now, now, 0);
		return new Opened(open(order, now), true);
	}

	/**
	 * Opens a repair order for a vehicle that came without an appointment: the owner
	 * found (or created) by phone through One ID, a bay and a technician held for the
	 * service type's duration from now if any are free (else none).
	 * @throws ProblemException validation naming each bad field; not found for a dealer
	 * outside the scope or a service type it does not offer
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public Opened openWalkIn(WalkIn request) {
		FieldErrors errors = new FieldErrors();
		if (request.dealerId() == null) {
			errors.reject("dealerId", "is required");
		}
		if (RepairInput.blank(request.serviceType())) {
			errors.reject("serviceType", "is required");
		}
		PhoneNumber phone = null;
		if (RepairInput.blank(request.phone())) {
			errors.reject("phone", "is required");
		}
		else {
			phone = errors.attempt("phone", () -> PhoneNumber.parse(request.phone()));
		}
		Vin vin = RepairInput.blank(request.vin()) ? null : errors.attempt("vin", () -> Vin.parse(request.vin()));
		String plate = RepairInput.blank(request.plate()) ? null
				: errors.attempt("plate", () -> LicencePlate.parse(request.plate()));
		if (RepairInput.blank(request.vin()) && RepairInput.blank(request.plate())) {
			errors.reject("vin", "give the vehicle's VIN, its plate or both");
		}
		Integer mileage = request.mileageKm();
		if (mileage != null && (mileage < 0 || mileage > 2_000_000)) {
			errors.reject("mileageKm", "must be between 0 and 2000000");
		}
		String firstName = RepairInput.text(errors, "ownerFirstName", request.ownerFirstName(), 20);
		errors.throwIfAny();
		UUID dealerId = request.dealerId();
		DealerSummary dealer = this.dealers.visible(dealerId);
		ServiceType type = this.capacity.serviceType(dealerId, request.serviceType().trim().toUpperCase(Locale.ROOT))
			.filter(ServiceType::active)
			.orElseThrow(() -> ProblemException.notFound("Service type", request.serviceType()));
		List<Identifier> identifiers = new ArrayList<>();
		identifiers.add(Identifier.phone(phone.e164()));
		if (vin != null) {
			identifiers.add(Identifier.vin(vin.value()));
		}
		UUID customer = this.identification
			.resolve(new ResolutionRequest(identifiers, null, dealer.city().value(), null, "service:walk-in"))
			.customerId();
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		UUID[] held = holdIfFree(dealerId, id, type, now);
		RepairOrder order = new RepairOrder(id, dealerId, customer, null, type.code(), vin == null ? null : vin.value(),
				plate, mileage, held[0], held[1], firstName, RepairStep.RECEPTION, now, token(), RepairInput.actor(),
				now, now, 0);
		this.customerDealers.link(customer, dealerId, "SERVICE", now);
		return new Opened(open(order, now), true);
	}

	/** A walk-in as the service desk enters it. */
	public record WalkIn(@Nullable UUID dealerId, @Nullable String serviceType, @Nullable String phone,
			@Nullable String vin, @Nullable String plate, @Nullable Integer mileageKm,
			@Nullable String ownerFirstName) {
	}

	private RepairOrder open(RepairOrder order, Instant now) {
		this.records.insert(order);
		this.records.stamp(order.id(), RepairStep.RECEPTION, now, order.openedBy());
		if (order.serviceTypeCode() != null) {
			Optional<ServiceType> type = this.capacity.serviceType(order.dealerId(), order.serviceTypeCode());
			if (type.isPresent()) {
				BigDecimal hours = BigDecimal.valueOf(type.get().standardMinutes())
					.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
				BigDecimal rate = this.labourRates.of(order.dealerId());
				this.records.insertLine(new RepairLine(UUID.randomUUID(), order.id(), 1, RepairLine.Kind.LABOUR,
						type.get().nameZh(), null, hours, rate, rate.multiply(hours).setScale(2, RoundingMode.HALF_UP),
						RepairLine.Status.APPROVED, false, order.openedBy(), now, null, null, null));
			}
		}
		this.audit.recordChange(AuditAction.CREATE, RepairOrderDesk.REPAIR_ORDER, order.id(),
				(order.appointmentId() == null ? "walk-in" : "from appointment " + order.appointmentId()) + " for "
						+ (order.plate() != null ? order.plate() : order.vin()) + " (customer " + order.customerId()
						+ ")");
		this.events.publishEvent(new RepairOrderOpened(order.id(), order.dealerId(), order.customerId(),
				order.appointmentId(), order.vin(), order.plate(), order.mileageKm(), now));
		return order;
	}

	/**
	 * Holds a free bay and technician for the walk-in from now for the service type's
	 * duration; each attempt in a savepoint, so a lost race leaves the order's
	 * transaction usable and tries what is still free.
	 * @return the bay and technician, or two nulls when none are free
	 */
	private UUID[] holdIfFree(UUID dealerId, UUID orderId, ServiceType type, Instant now) {
		Instant start = io.forecourt.kernel.time.QuarterHours
			.startOf(io.forecourt.kernel.time.QuarterHours.unitOf(now));
		Span span = new Span(start, now.plus(type.duration()));
		for (int attempt = 1; attempt <= HOLD_ATTEMPTS; attempt++) {
			try {
				UUID[] held = this.savepoint.execute(status -> {
					WorkshopDay day = this.capacity.load(dealerId, span.start(), span.end());
					List<Bay> bays = day.freeBays(type, span, null);
					List<Technician> technicians = day.freeTechnicians(type, span, null);
					if (bays.isEmpty() || technicians.isEmpty()) {
						return new UUID[2];
					}
					UUID bay = bays.get(0).id();
					UUID technician = technicians.get(0).id();
					List<WorkshopHolds.Hold> wanted = new ArrayList<>();
					for (long unit : span.units()) {
						wanted.add(new WorkshopHolds.Hold(WorkshopHolds.Resource.BAY, bay, unit));
						wanted.add(new WorkshopHolds.Hold(WorkshopHolds.Resource.TECHNICIAN, technician, unit));
					}
					this.holds.hold(dealerId, RepairOrderDesk.HOLDER, orderId, wanted);
					return new UUID[] { bay, technician };
				});
				return held == null ? new UUID[2] : held;
			}
			catch (DuplicateKeyException ex) {
				log.debug("Walk-in hold attempt {} lost a race: {}", attempt, ex.getMessage());
			}
		}
		return new UUID[2];
	}

	private static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
