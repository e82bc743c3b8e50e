package io.forecourt.service.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServicePolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading appointments within the caller's scope; and, for the service center's later
 * parts (repair orders opened from an appointment), the system look-up
 * {@link #find(UUID)}.
 */
@Service
public class AppointmentReads {

	private final Appointments appointments;

	private final AppointmentAccess access;

	private final ServiceDealers dealers;

	private final ServicePolicy policy;

	AppointmentReads(Appointments appointments, AppointmentAccess access, ServiceDealers dealers,
			ServicePolicy policy) {
		this.appointments = appointments;
		this.access = access;
		this.dealers = dealers;
		this.policy = policy;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException not found outside the scope
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public Appointment appointment(UUID id) {
		return this.access.visible(id);
	}

	/**
	 * Appointments of the scope, by start; each filter optional; date is the local day.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public Page<Appointment> find(@Nullable UUID dealerId, @Nullable LocalDate date, @Nullable AppointmentStatus status,
			@Nullable UUID customerId, @Nullable String vin, PageRequest page) {
		Instant from = date == null ? null : date.atStartOfDay(this.policy.zone()).toInstant();
		Instant to = date == null ? null : date.plusDays(1).atStartOfDay(this.policy.zone()).toInstant();
		Where where = Where.scoped(this.dealers.scope("a.dealer_id"))
			.and("a.dealer_id = :dealerId", "dealerId", dealerId)
			.and("a.starts_at >= :from", "from", Appointments.ts(from))
			.and("a.starts_at < :to", "to", Appointments.ts(to))
			.and("a.status = :status", "status", status == null ? null : status.name())
			.and("a.customer_id = :customerId", "customerId", customerId)
			.and("a.vin = :vin", "vin", vin == null || vin.isBlank() ? null : vin.strip().toUpperCase());
		return Page.of(this.appointments.find(where, page), page, this.appointments.count(where));
	}

	/** A dealer's day for the advisor's calendar, cancelled appointments left out. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public List<Appointment> day(UUID dealerId, LocalDate date) {
		this.dealers.visible(dealerId);
		return this.appointments.ofDealer(dealerId, date.atStartOfDay(this.policy.zone()).toInstant(),
				date.plusDays(1).atStartOfDay(this.policy.zone()).toInstant());
	}

	/**
	 * An appointment whatever the caller's scope: a system look-up for the service
	 * center's own parts (a repair order opened from an appointment checks the dealer
	 * itself).
	 */
	@Transactional(readOnly = true)
	public Optional<Appointment> find(UUID id) {
		return this.appointments.find(id);
	}

}
