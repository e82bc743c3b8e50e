package io.forecourt.sales.testdrives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.forecourt.identity.CustomerDealers;
import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.contact.PhoneNumber;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerHours;
import io.forecourt.network.DealerSummary;
import io.forecourt.network.StaffSummary;
import io.forecourt.sales.OpenLeads;
import io.forecourt.sales.TestDriveBooked;
import io.forecourt.sales.TestDriveCancelled;
import io.forecourt.sales.TestDriveRescheduled;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books, moves and cancels test drives. A booking holds its car and its consultant for
 * every quarter hour of the slot (see {@link Holds}); when two bookings race for the same
 * car or consultant, the database lets one insert its holds and the other tries again
 * with what is still free, so nobody is booked twice, however many instances run.
 * Everything a booking writes (the customer One ID created for a new phone included)
 * commits together or not at all.
 */
@Service
public class TestDriveBookings {

	static final String BOOKING = "test-drive";

	static final String APP = "APP";

	static final String STAFF = "STAFF";

	private static final Logger log = LoggerFactory.getLogger(TestDriveBookings.class);

	private static final int ATTEMPTS = 8;

	private final DealerAccess access;

	private final FleetCars cars;

	private final Bookings bookings;

	private final BookingAccess bookingAccess;

	private final Holds holds;

	private final Availability availability;

	private final SlotLengths lengths;

	private final TestDrivePolicy policy;

	private final CustomerIdentification identification;

	private final CustomerDealers customerDealers;

	private final ObjectProvider<OpenLeads> openLeads;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	TestDriveBookings(DealerAccess access, FleetCars cars, Bookings bookings, BookingAccess bookingAccess, Holds holds,
			Availability availability, SlotLengths lengths, TestDrivePolicy policy,
			CustomerIdentification identification, CustomerDealers customerDealers, ObjectProvider<OpenLeads> openLeads,
			AuditLog audit, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.access = access;
		this.cars = cars;
		this.bookings = bookings;
		this.bookingAccess = bookingAccess;
		this.holds = holds;
		this.availability = availability;
		this.lengths = lengths;
		this.policy = policy;
		this.identification = identification;
		this.customerDealers = customerDealers;
		this.openLeads = openLeads;
		this.audit = audit;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Books a test drive. A booking moves no money, so an {@code Idempotency-Key} is
	 * optional; given, a repeat by the same caller returns the first booking.
	 * @param requestKey the request's Idempotency-Key, if any
	 * @throws ProblemException validation naming each bad field (nothing is written); not
	 * found for a dealer outside the scope; conflict when the dealer is suspended or no
	 * car or consultant is free for the slot
	 */
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public Booked book(NewBooking request, @Nullable String requestKey) {
		FieldErrors errors = new FieldErrors();
		String key = BookingInputs.text(errors, "Idempotency-Key", requestKey, 100);
		if (request.dealerId() == null) {
			errors.reject("dealerId", "is required");
		}
		String model = errors.attempt("modelCode", () -> ProductCodes.model(request.modelCode()));
		String trim = BookingInputs.blank(request.trimCode()) ? null
				: errors.attempt("trimCode", () -> ProductCodes.trim(request.trimCode()));
		Instant start = errors.attempt("start", () -> BookingInputs.parseStart(request.start()));
		PhoneNumber phone = BookingInputs.blank(request.phone()) ? reject(errors, "phone", "is required")
				: errors.attempt("phone", () -> PhoneNumber.parse(request.phone()));
		String name = BookingInputs.text(errors, "name", request.name(), 100);
		String note = BookingInputs.text(errors, "note", request.note(), 500);
		errors.throwIfAny();
		String actor = BookingInputs.actor();
		if (key != null) {
			var first = this.bookings.findByRequestKey(actor, key);
			if (first.isPresent()) {
				return new Booked(first.get(), false);
			}
		}
		UUID dealerId = request.dealerId();
		DealerSummary dealer = this.access.visible(dealerId);
		SlotGrid.Slot slot = bookableSlot(dealer, start, this.clock.instant());
		TestDriveCar car = request.carId() == null ? null : requireCar(request.carId(), dealerId, model, trim);
		if (request.consultantId() != null) {
			requireConsultant(request.consultantId(), dealerId);
		}
		String channel = TestDriveSlots.isStaff() ? STAFF : APP;
		return withRetries(() -> {
			if (key != null) {
				var first = this.bookings.findByRequestKey(actor, key);
				if (first.isPresent()) {
					return new Booked(first.get(), false);
				}
			}
			Instant now = this.clock.instant();
			UUID customer = this.identification
				.resolve(new ResolutionRequest(List.of(Identifier.phone(phone.e164())), name, dealer.city().value(),
						model, "test-drive:" + channel.toLowerCase(java.util.Locale.ROOT)))
				.customerId();
			UUID lead = linkLead(request.leadId(), customer, dealerId);
			DayResources day = this.availability.on(dealerId, dateOf(slot), model, trim);
			TestDriveCar chosenCar = pickCar(day, slot, car == null ? null : car.id(), null, model);
			StaffSummary consultant = pickConsultant(day, slot, request.consultantId(), null);
			TestDriveBooking booking = new TestDriveBooking(UUID.randomUUID(), dealerId, chosenCar.id(),
					consultant.id(), customer, lead, model, chosenCar.trimCode(), name, phone.masked(), channel, note,
					slot.start(), slot.end(), BookingStatus.BOOKED, null, null, null, null, null, null, null, null,
					null, null, null, actor, now, now, 0);
			this.bookings.insert(booking, key);
			hold(booking);
			this.customerDealers.link(customer, dealerId, "TEST_DRIVE", now);
			this.audit.recordChange(AuditAction.CREATE, BOOKING, booking.id(), "test drive of " + model + " car "
					+ chosenCar.vin() + " at " + slot.start() + " for customer " + customer + " (" + channel + ")");
			this.events.publishEvent(new TestDriveBooked(booking.id(), customer, dealerId, consultant.id(),
					chosenCar.id(), model, chosenCar.trimCode(), lead, slot.start(), slot.end(), channel, now));
			return new Booked(booking, true);
		});
	}

	/**
	 * A booking and whether this request made it (false: a repeat of an Idempotency-Key).
	 */
	public record Booked(TestDriveBooking booking, boolean created) {
	}

	/**
	 * @throws ProblemException validation for a bad start, car or consultant; not found
	 * outside the scope; conflict unless booked, or when nothing is free then
	 */
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public TestDriveBooking reschedule(UUID id, Reschedule request) {
		FieldErrors errors = new FieldErrors();
		Instant start = errors.attempt("start", () -> BookingInputs.parseStart(request.start()));
		errors.throwIfAny();
		return withRetries(() -> {
			Instant now = this.clock.instant();
			TestDriveBooking booking = this.bookingAccess.lockVisible(id);
			DealerSummary dealer = this.access.network().dealer(booking.dealerId()).orElseThrow();
			SlotGrid.Slot slot = bookableSlot(dealer, start, now);
			if (request.carId() != null) {
				requireCar(request.carId(), booking.dealerId(), booking.modelCode(), booking.trimCode());
			}
			if (request.consultantId() != null) {
				requireConsultant(request.consultantId(), booking.dealerId());
			}
			TestDriveBooking moved = booking.rescheduled(booking.carId(), booking.consultantId(), slot.start(),
					slot.end(), now);
			this.holds.release(id);
			DayResources day = this.availability.on(booking.dealerId(), dateOf(slot), booking.modelCode(),
					booking.trimCode());
			TestDriveCar car = pickCar(day, slot, request.carId(), booking.carId(), booking.modelCode());
			StaffSummary consultant = pickConsultant(day, slot, request.consultantId(), booking.consultantId());
			moved = moved.rescheduled(car.id(), consultant.id(), slot.start(), slot.end(), now);
			this.bookings.save(moved);
			hold(moved);
			this.audit.recordChange(AuditAction.UPDATE, BOOKING, id,
					"rescheduled from " + booking.startsAt() + " to " + slot.start() + ", car " + car.vin());
			this.events.publishEvent(new TestDriveRescheduled(id, booking.customerId(), booking.dealerId(),
					consultant.id(), car.id(), booking.startsAt(), slot.start(), slot.end(), now));
			return moved;
		});
	}

	/**
	 * Cancels a booked drive and frees its car and consultant.
	 * @throws ProblemException not found outside the scope; conflict unless booked
	 */
	@PreAuthorize("hasAuthority('PERM_SALES_WRITE')")
	public TestDriveBooking cancel(UUID id, @Nullable String reason) {
		FieldErrors errors = new FieldErrors();
		String why = BookingInputs.text(errors, "reason", reason, 200);
		errors.throwIfAny();
		return this.transaction.execute(status -> {
			Instant now = this.clock.instant();
			TestDriveBooking booking = this.bookingAccess.lockVisible(id);
			TestDriveBooking cancelled = booking.cancelled(why, now);
			this.holds.release(id);
			this.bookings.save(cancelled);
			this.audit.recordChange(AuditAction.UPDATE, BOOKING, id,
					"cancelled" + (why == null ? "" : ": " + why) + "; slot freed");
			this.events.publishEvent(new TestDriveCancelled(id, booking.customerId(), booking.dealerId(),
					booking.leadId(), booking.startsAt(), why, now));
			return cancelled;
		});
	}

	/**
	 * The slot of the dealer's grid starting at {@code start}, if the caller can book it.
	 */
	private SlotGrid.Slot bookableSlot(DealerSummary dealer, Instant start, Instant now) {
		if (!dealer.isActive()) {
			throw ProblemException.conflict("Dealer " + dealer.code() + " is suspended and takes no test drives");
		}
		DealerHours hours = this.access.network().openingHours(dealer.id()).orElseThrow();
		SlotGrid grid = SlotGrid.of(this.policy.zone(), this.lengths.minutesOf(dealer.id()));
		SlotGrid.Slot slot = grid.slotStartingAt(start, hours)
			.orElseThrow(() -> ProblemException.validation("start", "is not the start of one of the dealer's "
					+ grid.slotLength().toMinutes() + "-minute slots that day (see /api/v1/test-drive-slots)"));
		if (!TestDriveSlots.canStartAt(slot, now, TestDriveSlots.isStaff())) {
			throw ProblemException.validation("start", "is in the past");
		}
		LocalDate today = now.atZone(this.policy.zone()).toLocalDate();
		if (dateOf(slot).isAfter(today.plusDays(this.policy.horizonDays()))) {
			throw ProblemException.validation("start", "is more than " + this.policy.horizonDays() + " days ahead");
		}
		return slot;
	}

	private TestDriveCar requireCar(UUID carId, UUID dealerId, String model, @Nullable String trim) {
		TestDriveCar car = this.cars.find(carId)
			.filter(c -> c.dealerId().equals(dealerId))
			.orElseThrow(() -> ProblemException.validation("carId", "is not a test-drive car of this dealer"));
		if (!car.modelCode().equals(model) || (trim != null && !car.trimCode().equals(trim))) {
			throw ProblemException.validation("carId",
					"is a " + car.trimCode() + ", not a " + (trim == null ? model : trim));
		}
		if (car.status() != CarStatus.ACTIVE) {
			throw ProblemException.conflict("Test-drive car " + car.vin() + " is " + car.status() + ", not bookable");
		}
		return car;
	}

	private void requireConsultant(UUID consultantId, UUID dealerId) {
		boolean active = this.access.network()
			.activeStaff(dealerId, Role.SALES_CONSULTANT)
			.stream()
			.anyMatch(s -> s.id().equals(consultantId));
		if (!active) {
			throw ProblemException.validation("consultantId", "is not an active sales consultant of this dealer");
		}
	}

	private @Nullable UUID linkLead(@Nullable UUID leadId, UUID customer, UUID dealerId) {
		OpenLeads leads = this.openLeads.getIfAvailable();
		if (leads == null) {
			return leadId;
		}
		if (leadId == null) {
			return leads.openLeadAt(customer, dealerId).orElse(null);
		}
		if (!leads.isOpenLeadOf(leadId, customer, dealerId)) {
			throw ProblemException.validation("leadId", "is not an open lead of this customer at this dealer");
		}
		return leadId;
	}

	private TestDriveCar pickCar(DayResources day, SlotGrid.Slot slot, @Nullable UUID wanted, @Nullable UUID current,
			String model) {
		List<TestDriveCar> free = day.freeCars(slot.start(), slot.end());
		UUID first = wanted != null ? wanted : current;
		return free.stream()
			.filter(car -> first != null && car.id().equals(first))
			.findFirst()
			.or(() -> wanted == null ? free.stream().findFirst() : java.util.Optional.empty())
			.orElseThrow(() -> ProblemException.conflict(
					(wanted == null ? "No " + model + " test-drive car is" : "Test-drive car " + wanted + " is not")
							+ " free at " + zoned(slot.start())));
	}

	private StaffSummary pickConsultant(DayResources day, SlotGrid.Slot slot, @Nullable UUID wanted,
			@Nullable UUID current) {
		List<StaffSummary> free = day.freeConsultants(slot.start(), slot.end());
		UUID first = wanted != null ? wanted : current;
		return free.stream()
			.filter(c -> first != null && c.id().equals(first))
			.findFirst()
			.or(() -> wanted == null ? free.stream().findFirst() : java.util.Optional.empty())
			.orElseThrow(() -> ProblemException
				.conflict((wanted == null ? "No sales consultant is" : "Consultant " + wanted + " is not") + " free at "
						+ zoned(slot.start())));
	}

	private void hold(TestDriveBooking booking) {
		List<Long> units = SlotGrid.units(booking.startsAt(), booking.endsAt());
		this.holds.hold(booking.id(), Holds.Kind.CAR, booking.carId(), units);
		this.holds.hold(booking.id(), Holds.Kind.CONSULTANT, booking.consultantId(), units);
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
					throw ProblemException.conflict("The slot was taken at the same time; please choose another");
				}
				log.debug("Test-drive booking attempt {} lost a race, trying again: {}", i, ex.getMessage());
			}
		}
	}

	private LocalDate dateOf(SlotGrid.Slot slot) {
		return slot.start().atZone(this.policy.zone()).toLocalDate();
	}

	private String zoned(Instant instant) {
		return instant.atZone(this.policy.zone()).toOffsetDateTime().toString();
	}

	private static <T> @Nullable T reject(FieldErrors errors, String field, String message) {
		errors.reject(field, message);
		return null;
	}

}
