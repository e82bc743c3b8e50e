package io.forecourt.leads.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.leads.LeadContacted;
import io.forecourt.leads.LeadFollowedUp;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups staff log on a lead. The first contact attempt on an assigned lead (a call,
 * WeChat message, store visit or test drive, answered or not) is the dealer's first
 * response: it stops the SLA clock, stamps contacted_at and moves the lead to CONTACTED.
 * A visit and a test drive stamp their funnel stage the first time.
 */
@Service
public class LeadFollowUps {

	static final String FOLLOW_UP = "lead-follow-up";

	/**
	 * How far ahead of the server a client's clock may run before "now" is the future.
	 */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

	private static final int NOTE_MAX = 2000;

	private final LeadWorkAccess access;

	private final LeadStates leads;

	private final FollowUps followUps;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadFollowUps(LeadWorkAccess access, LeadStates leads, FollowUps followUps, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.leads = leads;
		this.followUps = followUps;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws ProblemException validation naming each bad field (nothing is written); not
	 * found outside the scope; forbidden unless the caller is the lead's consultant or
	 * manages leads; conflict when the lead is not being worked
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_LEAD_WRITE')")
	public FollowUpResult log(UUID leadId, NewFollowUp request) {
		Instant now = this.clock.instant();
		FieldErrors errors = new FieldErrors();
		FollowUpKind kind = errors.attempt("kind", () -> parse(FollowUpKind.class, request.kind()));
		FollowUpOutcome outcome = kind == null ? null : errors.attempt("outcome", () -> outcome(kind, request));
		String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
		if (kind == FollowUpKind.NOTE && note == null) {
			errors.reject("note", "is required for a note");
		}
		if (note != null && note.length() > NOTE_MAX) {
			errors.reject("note", "must be at most " + NOTE_MAX + " characters");
		}
		Instant occurredAt = request.occurredAt() == null ? now : request.occurredAt();
		if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
			errors.reject("occurredAt", "must not be in the future");
		}
		if (request.nextActionAt() != null && !request.nextActionAt().isAfter(now)) {
			errors.reject("nextActionAt", "must be in the future");
		}
		errors.throwIfAny();

		LeadState lead = this.access.lockForWork(leadId);
		if (occurredAt.isBefore(lead.capturedAt())) {
			throw ProblemException.validation("occurredAt", "must not be before the lead was captured");
		}
		boolean first = lead.isFirstContact(kind);
		boolean withinSla = first && lead.contactWithinSla(now);
		LeadState after = lead.followedUp(kind, occurredAt, request.nextActionAt());
		FollowUp followUp = new FollowUp(UUID.randomUUID(), leadId, Actor.staffId(), kind, outcome, note,
				request.nextActionAt(), occurredAt, Actor.name(), now);
		this.followUps.insert(followUp);
		this.leads.save(after, now);
		this.audit.recordChange(AuditAction.CREATE, FOLLOW_UP, followUp.id(),
				kind + " " + outcome + " on lead " + leadId);
		UUID customerId = Objects.requireNonNull(lead.customerId(), "a worked lead has a customer");
		this.events.publishEvent(new LeadFollowedUp(leadId, customerId, followUp.id(), kind.name(), outcome.name(),
				occurredAt, request.nextActionAt()));
		if (first) {
			this.audit.recordChange(AuditAction.UPDATE, LeadWorkAccess.LEAD, leadId,
					"first contact: SLA stopped " + (withinSla ? "within" : "after") + " its deadline; CONTACTED");
			this.events.publishEvent(new LeadContacted(leadId, customerId,
					Objects.requireNonNull(lead.dealerId(), "an assigned lead has a dealer"), lead.consultantId(),
					kind.name(), outcome.name(), withinSla, occurredAt));
		}
		return new FollowUpResult(followUp, after.status(), first, after.slaDueAt(), after.contactedAt(),
				after.nextActionAt());
	}

	/** Latest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public Page<FollowUp> list(UUID leadId, PageRequest page) {
		this.access.visible(leadId);
		return Page.of(this.followUps.find(leadId, page), page, this.followUps.count(leadId));
	}

	private static FollowUpOutcome outcome(FollowUpKind kind, NewFollowUp request) {
		if (kind == FollowUpKind.NOTE && (request.outcome() == null || request.outcome().isBlank())) {
			return FollowUpOutcome.NOTED;
		}
		FollowUpOutcome outcome = parse(FollowUpOutcome.class, request.outcome());
		if (!kind.allows(outcome)) {
			throw new IllegalArgumentException(
					"a " + kind + " can end " + kind.outcomes().stream().map(Enum::name).sorted().toList());
		}
		return outcome;
	}

	static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("is required");
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
		}
	}

}
