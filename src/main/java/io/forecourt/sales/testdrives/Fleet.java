package io.forecourt.sales.testdrives;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerSummary;
import io.forecourt.sales.catalog.VehicleCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dealer's test-drive fleet, which its managers keep: cars join by VIN with their model
 * and trim (a model of the catalog and one of its trims), go to maintenance and come
 * back, and retire. A car with drives still booked cannot leave service; those drives are
 * moved or cancelled first.
 */
@Service
public class Fleet {

	static final String CAR = "test-drive-car";

	private final FleetCars cars;

	private final Bookings bookings;

	private final DealerAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final VehicleCatalog catalog;

	Fleet(FleetCars cars, Bookings bookings, DealerAccess access, AuditLog audit, Clock clock, VehicleCatalog catalog) {
		this.catalog = catalog;
		this.cars = cars;
		this.bookings = bookings;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws ProblemException validation naming each bad field (also a model or trim the
	 * catalog does not have, or a trim of another model); not found for a dealer outside
	 * the scope; duplicate for a VIN already in a fleet
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
	public TestDriveCar register(NewCar request) {
		FieldErrors errors = new FieldErrors();
		if (request.dealerId() == null) {
			errors.reject("dealerId", "is required");
		}
		Vin vin = request.vin() == null ? reject(errors, "vin", "is required")
				: errors.attempt("vin", () -> Vin.parse(request.vin()));
		String model = errors.attempt("modelCode", () -> ProductCodes.model(request.modelCode()));
		String trim = errors.attempt("trimCode", () -> ProductCodes.trim(request.trimCode()));
		if (model != null && trim != null) {
			// a car the catalog does not know could never be booked: refuse it here
			this.catalog.carCheck().check(errors, "", model, trim, null, null);
		}
		String plate = BookingInputs.blank(request.plate()) ? null
				: errors.attempt("plate", () -> Plate.parse(request.plate()));
		errors.throwIfAny();
		DealerSummary dealer = this.access.visible(request.dealerId());
		if (this.cars.vinTaken(vin.value())) {
			throw ProblemException.duplicate("vin", vin.value());
		}
		Instant now = this.clock.instant();
		TestDriveCar car = new TestDriveCar(UUID.randomUUID(), dealer.id(), vin.value(), model, trim, plate,
				CarStatus.ACTIVE, 0, now, now);
		this.cars.insert(car);
		this.audit.recordChange(AuditAction.CREATE, CAR, car.id(),
				"test-drive car " + vin.value() + " (" + trim + ") joined dealer " + dealer.code());
		return car;
	}

	/**
	 * @throws ProblemException validation for a bad status or plate; not found outside
	 * the scope; precondition failed if the car changed since {@code expectedVersion};
	 * conflict for taking a car with booked drives out of service
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
	public TestDriveCar change(UUID id, CarChange change, long expectedVersion) {
		FieldErrors errors = new FieldErrors();
		CarStatus status = BookingInputs.blank(change.status()) ? null
				: errors.attempt("status", () -> status(change.status()));
		String plate = BookingInputs.blank(change.plate()) ? null
				: errors.attempt("plate", () -> Plate.parse(change.plate()));
		errors.throwIfAny();
		TestDriveCar car = visible(id);
		Instant now = this.clock.instant();
		CarStatus to = status == null ? car.status() : status;
		if (to != CarStatus.ACTIVE && car.status() == CarStatus.ACTIVE) {
			long upcoming = this.bookings.upcomingOfCar(id, now);
			if (upcoming > 0) {
				throw ProblemException.conflict("Test-drive car " + car.vin() + " has " + upcoming
						+ " booked drive(s) to come; reschedule or cancel them before it goes to " + to);
			}
		}
		TestDriveCar changed = new TestDriveCar(car.id(), car.dealerId(), car.vin(), car.modelCode(), car.trimCode(),
				plate == null ? car.plate() : plate, to, expectedVersion + 1, car.createdAt(), now);
		this.cars.update(changed, expectedVersion);
		this.audit.recordChange(AuditAction.UPDATE, CAR, id,
				"status " + car.status() + " -> " + to + (plate == null ? "" : ", plate " + plate));
		return changed;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public TestDriveCar car(UUID id) {
		return visible(id);
	}

	/** The dealer's fleet, by model, trim and VIN; retired cars only when asked. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public List<TestDriveCar> cars(UUID dealerId, boolean withRetired) {
		this.access.visible(dealerId);
		return this.cars.ofDealer(dealerId, withRetired);
	}

	private TestDriveCar visible(UUID id) {
		return this.cars.findVisible(id, this.access.scope("c.dealer_id"))
			.orElseThrow(() -> this.audit.notFound(CAR, id, this.cars.exists(id)));
	}

	private static CarStatus status(String value) {
		try {
			return CarStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("must be one of ACTIVE, MAINTENANCE, RETIRED");
		}
	}

	private static <T> @Nullable T reject(FieldErrors errors, String field, String message) {
		errors.reject(field, message);
		return null;
	}

}
