package io.forecourt.service.satisfaction;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.ComplaintOpened;
import io.forecourt.service.ComplaintResolved;
import io.forecourt.service.ComplaintResponded;
import io.forecourt.service.workshop.ServiceDealers;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dealer's side of complaints: opened by a low survey score with its first-response
 * SLA, answered by the service advisor or manager (which stops escalation), then resolved
 * or closed. Outside the caller's scope a complaint is 404 (audited).
 */
@Service
public class ComplaintDesk {

	static final String COMPLAINT = "service-complaint";

	private static final int TEXT_MAX = 1000;

	private final ComplaintRecords records;

	private final ServiceDealers dealers;

	private final SatisfactionPolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ComplaintDesk(ComplaintRecords records, ServiceDealers dealers, SatisfactionPolicy policy, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.dealers = dealers;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Opens the complaint of a low answer; joins the answer's transaction. */
	Complaint open(Survey survey, int score, @Nullable String comment, Instant now) {
		Complaint complaint = new Complaint(UUID.randomUUID(), survey.id(), survey.repairOrderId(), survey.dealerId(),
				survey.customerId(), score, comment, ComplaintStatus.OPEN, now,
				now.plus(this.policy.firstResponseSla()), 0, null, null, null, null, null, null, null, null);
		this.records.insert(complaint);
		this.audit.recordChange(AuditAction.CREATE, COMPLAINT, complaint.id(),
				"score " + score + ", first response due " + complaint.dueAt());
		this.events.publishEvent(new ComplaintOpened(complaint.id(), complaint.repairOrderId(), complaint.dealerId(),
				complaint.customerId(), score, comment, complaint.dueAt(), now));
		return complaint;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public Page<Complaint> list(@Nullable UUID dealerId, @Nullable ComplaintStatus status, PageRequest page) {
		if (dealerId != null) {
			this.dealers.visible(dealerId);
		}
		var scope = this.dealers.scope("dealer_id");
		return Page.of(this.records.list(scope, dealerId, status, (int) page.offset(), page.size()), page,
				this.records.count(scope, dealerId, status));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_SERVICE_READ')")
	public Complaint get(UUID id) {
		return visible(id);
	}

	/**
	 * Records the dealer's first response to the owner; escalation stops.
	 * @throws ProblemException validation; not found; conflict unless open
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public Complaint respond(UUID id, @Nullable String response) {
		String text = required("response", response);
		visible(id);
		Complaint complaint = this.records.lock(id).orElseThrow();
		if (complaint.status() != ComplaintStatus.OPEN) {
			throw ProblemException
				.conflict("The complaint has its first response already (" + complaint.status() + ")");
		}
		respond(complaint, text, this.clock.instant());
		return this.records.lock(id).orElseThrow();
	}

	/**
	 * Settles the complaint: {@code RESOLVED} or {@code CLOSED}; an open one gets the
	 * resolution as its first response too.
	 * @throws ProblemException validation; not found; conflict when settled already
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_SERVICE_WRITE')")
	public Complaint resolve(UUID id, @Nullable String outcome, @Nullable String resolution) {
		FieldErrors errors = new FieldErrors();
		ComplaintStatus status = null;
		if (outcome == null || outcome.isBlank()) {
			errors.reject("outcome", "is required (RESOLVED or CLOSED)");
		}
		else if ("RESOLVED".equals(outcome.strip()) || "CLOSED".equals(outcome.strip())) {
			status = ComplaintStatus.valueOf(outcome.strip());
		}
		else {
			errors.reject("outcome", "must be RESOLVED or CLOSED");
		}
		String text = null;
		if (resolution == null || resolution.isBlank()) {
			errors.reject("resolution", "is required");
		}
		else if (resolution.strip().length() > TEXT_MAX) {
			errors.reject("resolution", "must be at most " + TEXT_MAX + " characters");
		}
		else {
			text = resolution.strip();
		}
		errors.throwIfAny();
		visible(id);
		Complaint complaint = this.records.lock(id).orElseThrow();
		if (complaint.status().settled()) {
			throw ProblemException.conflict("The complaint is " + complaint.status() + " already");
		}
		Instant now = this.clock.instant();
		if (complaint.status() == ComplaintStatus.OPEN) {
			respond(complaint, text, now);
		}
		this.records.resolve(id, status, text, actor(), now);
		this.audit.recordChange(AuditAction.UPDATE, COMPLAINT, id, status.name());
		this.events.publishEvent(
				new ComplaintResolved(id, complaint.dealerId(), complaint.customerId(), status.name(), text, now));
		return this.records.lock(id).orElseThrow();
	}

	private void respond(Complaint complaint, String text, Instant now) {
		this.records.respond(complaint.id(), text, actor(), now);
		boolean withinSla = now.isBefore(complaint.dueAt());
		this.audit.recordChange(AuditAction.UPDATE, COMPLAINT, complaint.id(),
				"first response" + (withinSla ? "" : " after the SLA"));
		this.events.publishEvent(
				new ComplaintResponded(complaint.id(), complaint.dealerId(), complaint.customerId(), withinSla, now));
	}

	private Complaint visible(UUID id) {
		return this.records.find(id, this.dealers.scope("dealer_id"))
			.orElseThrow(() -> this.audit.notFound(COMPLAINT, id, this.records.exists(id)));
	}

	private static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw ProblemException.validation(field, "is required");
		}
		if (value.strip().length() > TEXT_MAX) {
			throw ProblemException.validation(field, "must be at most " + TEXT_MAX + " characters");
		}
		return value.strip();
	}

	private static String actor() {
		return CurrentAccess.principal().map(ForecourtPrincipal::name).orElse(ForecourtPrincipal.SYSTEM.name());
	}

}
