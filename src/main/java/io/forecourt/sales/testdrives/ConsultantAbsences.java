package io.forecourt.sales.testdrives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.ProblemException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Days off and other absences of a dealer's consultants, which managers record: an absent
 * consultant is not offered for test drives. An absence over drives the consultant
 * already has is refused until they are moved to a colleague or cancelled.
 */
@Service
public class ConsultantAbsences {

	static final String ABSENCE = "test-drive-absence";

	private final Absences absences;

	private final Bookings bookings;

	private final DealerAccess access;

	private final TestDrivePolicy policy;

	private final AuditLog audit;

	private final Clock clock;

	ConsultantAbsences(Absences absences, Bookings bookings, DealerAccess access, TestDrivePolicy policy,
			AuditLog audit, Clock clock) {
		this.absences = absences;
		this.bookings = bookings;
		this.access = access;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws ProblemException validation naming each bad field; not found for a dealer
	 * outside the scope; conflict when the consultant has drives booked then
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
	public Absence record(NewAbsence request) {
		FieldErrors errors = new FieldErrors();
		if (request.dealerId() == null) {
			errors.reject("dealerId", "is required");
		}
		if (request.staffId() == null) {
			errors.reject("staffId", "is required");
		}
		Instant from = null;
		Instant to = null;
		if (request.date() != null) {
			LocalDate until = request.untilDate() == null ? request.date() : request.untilDate();
			if (until.isBefore(request.date())) {
				errors.reject("untilDate", "must not be before date");
			}
			from = request.date().atStartOfDay(this.policy.zone()).toInstant();
			to = until.plusDays(1).atStartOfDay(this.policy.zone()).toInstant();
		}
		else if (request.from() != null || request.to() != null) {
			from = errors.attempt("from", () -> BookingInputs.parseStart(request.from()));
			to = errors.attempt("to", () -> BookingInputs.parseStart(request.to()));
			if (from != null && to != null && !to.isAfter(from)) {
				errors.reject("to", "must be after from");
			}
		}
		else {
			errors.reject("date", "is required (or from and to)");
		}
		String reason = BookingInputs.text(errors, "reason", request.reason(), 200);
		errors.throwIfAny();
		this.access.visible(request.dealerId());
		boolean consultant = this.access.network()
			.activeStaff(request.dealerId(), Role.SALES_CONSULTANT)
			.stream()
			.anyMatch(s -> s.id().equals(request.staffId()));
		if (!consultant) {
			throw ProblemException.validation("staffId", "is not an active sales consultant of this dealer");
		}
		long booked = this.bookings.bookedOfConsultant(request.staffId(), from, to);
		if (booked > 0) {
			throw ProblemException.conflict("The consultant has " + booked
					+ " test drive(s) booked then; move them to a colleague or cancel them first");
		}
		Absence absence = new Absence(UUID.randomUUID(), request.dealerId(), request.staffId(), from, to, reason,
				BookingInputs.actor(), this.clock.instant());
		this.absences.insert(absence);
		this.audit.recordChange(AuditAction.CREATE, ABSENCE, absence.id(),
				"consultant " + request.staffId() + " absent " + from + " to " + to);
		return absence;
	}

	/** The dealer's absences overlapping the days, by start. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SALES_READ')")
	public List<Absence> of(UUID dealerId, LocalDate from, LocalDate to) {
		this.access.visible(dealerId);
		return this.absences.overlapping(dealerId, from.atStartOfDay(this.policy.zone()).toInstant(),
				to.plusDays(1).atStartOfDay(this.policy.zone()).toInstant());
	}

	/**
	 * @throws ProblemException not found outside the scope
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
	public void delete(UUID id) {
		Absence absence = this.absences.findVisible(id, this.access.scope("a.dealer_id"))
			.orElseThrow(() -> this.audit.notFound(ABSENCE, id, this.absences.exists(id)));
		this.absences.delete(absence.id());
		this.audit.recordChange(AuditAction.DELETE, ABSENCE, id, "absence of consultant " + absence.staffId());
	}

}
