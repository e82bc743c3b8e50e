package io.forecourt.leads.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.jdbc.Where;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.tenancy.RegionDirectory;
import io.forecourt.kernel.tenancy.ScopePredicate;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.leads.LeadDefeated;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadGraded;
import io.forecourt.leads.sla.LeadAlertKind;
import io.forecourt.leads.sla.LeadAlerts;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving a lead up (战败) takes two people: the consultant proposes it with a reason, and a
 * dealer manager approves (the lead is DEFEATED, graded F, and waits in the reactivation
 * pool) or returns it (the consultant keeps working it). A proposal is decided once.
 */
@Service
public class LeadDefeats {

	static final String DEFEAT = "lead-defeat";

	/** The reason that says nothing by itself, so it needs a note. */
	static final String OTHER = "OTHER";

	private static final int NOTE_MAX = 2000;

	private final LeadWorkAccess access;

	private final LeadStates leads;

	private final Defeats defeats;

	private final GradeHistory history;

	private final LeadAlerts alerts;

	private final RegionDirectory regions;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadDefeats(LeadWorkAccess access, LeadStates leads, Defeats defeats, GradeHistory history, LeadAlerts alerts,
			RegionDirectory regions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.leads = leads;
		this.defeats = defeats;
		this.history = history;
		this.alerts = alerts;
		this.regions = regions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Every reason, active or not (old proposals name inactive ones too). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public List<DefeatReason> reasons() {
		return this.defeats.reasons();
	}

	/**
	 * @throws ProblemException validation for an unknown or inactive reason, or OTHER
	 * without a note; not found outside the scope; forbidden unless the caller is the
	 * lead's consultant or manages leads; conflict unless the lead is CONTACTED
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_LEAD_WRITE')")
	public LeadDefeat propose(UUID leadId, @Nullable String reasonCode, @Nullable String note) {
		String text = note == null || note.isBlank() ? null : note.strip();
		String code = reasonCode == null ? "" : reasonCode.strip();
		FieldErrors errors = new FieldErrors();
		List<DefeatReason> active = this.defeats.reasons().stream().filter(DefeatReason::active).toList();
		if (active.stream().noneMatch(reason -> reason.code().equals(code))) {
			errors.reject("reasonCode",
					"must be one of the defeat reasons " + active.stream().map(DefeatReason::code).toList());
		}
		if (OTHER.equals(code) && text == null) {
			errors.reject("note", "is required when the reason is OTHER");
		}
		if (text != null && text.length() > NOTE_MAX) {
			errors.reject("note", "must be at most " + NOTE_MAX + " characters");
		}
		errors.throwIfAny();
		Instant now = this.clock.instant();
		LeadState lead = this.access.lockForWork(leadId);
		LeadState after = lead.defeatProposed();
		UUID dealerId = Objects.requireNonNull(lead.dealerId(), "a contacted lead has a dealer");
		LeadDefeat defeat = new LeadDefeat(UUID.randomUUID(), leadId, dealerId, code, text, lead.status(), Actor.name(),
				now, DefeatDecision.PENDING, null, null, null);
		this.defeats.insert(defeat);
		this.leads.save(after, now);
		this.alerts.raise(dealerId, leadId, LeadAlertKind.DEFEAT_PROPOSED,
				Actor.name() + " proposes to give up lead " + leadId + ": " + code + (text == null ? "" : " - " + text),
				now);
		this.audit.recordChange(AuditAction.CREATE, DEFEAT, defeat.id(), "proposed for lead " + leadId + ": " + code);
		this.audit.recordChange(AuditAction.UPDATE, LeadWorkAccess.LEAD, leadId, "defeat proposed: DEFEAT_PENDING");
		return defeat;
	}

	/**
	 * The lead is lost: DEFEATED, grade F, no SLA clock and no next action.
	 * @throws ProblemException not found outside the scope; conflict once decided
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_LEAD_MANAGE')")
	public LeadDefeat approve(UUID defeatId, @Nullable String note) {
		String text = checkedNote(note, false);
		Instant now = this.clock.instant();
		LeadDefeat defeat = lockPending(defeatId);
		LeadState lead = this.leads.lock(defeat.leadId());
		String explanation = "defeat approved by " + Actor.name() + ": " + defeat.reasonCode();
		LeadState after = lead.defeated(explanation, now);
		decide(defeat, DefeatDecision.APPROVED, now, text);
		int score = lead.gradeScore() == null ? 0 : lead.gradeScore();
		this.history.record(lead.id(), LeadGrade.F, score, explanation, Actor.name(),
				"defeated: " + defeat.reasonCode(), now);
		this.leads.save(after, now);
		this.audit.recordChange(AuditAction.UPDATE, LeadWorkAccess.LEAD, lead.id(),
				"defeat approved: DEFEATED, grade F (" + defeat.reasonCode() + ")");
		UUID customerId = Objects.requireNonNull(lead.customerId(), "a worked lead has a customer");
		this.events.publishEvent(new LeadDefeated(lead.id(), customerId,
				Objects.requireNonNull(lead.dealerId(), "a worked lead has a dealer"), defeat.id(), defeat.reasonCode(),
				now));
		this.events.publishEvent(new LeadGraded(lead.id(), customerId, LeadGrade.F, score, now));
		return get(defeatId);
	}

	/**
	 * Sends the proposal back: the lead returns to where it was, with the manager's note.
	 * @throws ProblemException validation without a note; not found outside the scope;
	 * conflict once decided
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_LEAD_MANAGE')")
	public LeadDefeat giveBack(UUID defeatId, @Nullable String note) {
		String text = checkedNote(note, true);
		Instant now = this.clock.instant();
		LeadDefeat defeat = lockPending(defeatId);
		LeadState lead = this.leads.lock(defeat.leadId());
		LeadState after = lead.defeatReturned(defeat.priorStatus());
		decide(defeat, DefeatDecision.RETURNED, now, text);
		this.leads.save(after, now);
		this.audit.recordChange(AuditAction.UPDATE, LeadWorkAccess.LEAD, lead.id(),
				"defeat proposal returned: " + defeat.priorStatus());
		return get(defeatId);
	}

	/**
	 * Proposals of the dealers in the caller's scope, oldest first.
	 * @param decision e.g. PENDING for the manager's queue; all when null
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public Page<LeadDefeat> find(@Nullable DefeatDecision decision, @Nullable UUID leadId, PageRequest page) {
		Where where = Where.scoped(scope())
			.and("d.decision = :decision", "decision", decision == null ? null : decision.name())
			.and("d.lead_id = :lead", "lead", leadId);
		return Page.of(this.defeats.find(where, page), page, this.defeats.count(where));
	}

	/**
	 * @throws ProblemException not found, also outside the scope
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public LeadDefeat get(UUID id) {
		return this.defeats.findVisible(id, scope()).orElseThrow(() -> notFound(id));
	}

	private LeadDefeat lockPending(UUID defeatId) {
		LeadDefeat defeat = this.defeats.lockVisible(defeatId, scope()).orElseThrow(() -> notFound(defeatId));
		if (defeat.decision() != DefeatDecision.PENDING) {
			throw ProblemException.conflict("Defeat proposal " + defeatId + " was already " + defeat.decision() + " by "
					+ defeat.decidedBy() + " at " + defeat.decidedAt());
		}
		return defeat;
	}

	private void decide(LeadDefeat defeat, DefeatDecision decision, Instant now, @Nullable String note) {
		if (!this.defeats.decide(defeat.id(), decision, Actor.name(), now, note)) {
			throw ProblemException.conflict("Defeat proposal " + defeat.id() + " was decided at the same time");
		}
		this.audit.recordChange(AuditAction.UPDATE, DEFEAT, defeat.id(), decision + (note == null ? "" : ": " + note));
	}

	private static @Nullable String checkedNote(@Nullable String note, boolean required) {
		String text = note == null || note.isBlank() ? null : note.strip();
		if (required && text == null) {
			throw ProblemException.validation("note", "is required: tell the consultant why");
		}
		if (text != null && text.length() > NOTE_MAX) {
			throw ProblemException.validation("note", "must be at most " + NOTE_MAX + " characters");
		}
		return text;
	}

	private ScopePredicate scope() {
		return ScopePredicate.ofDealer(CurrentAccess.scope(), "d.dealer_id", this.regions);
	}

	private ProblemException notFound(UUID id) {
		return this.audit.notFound(DEFEAT, id, this.defeats.exists(id));
	}

}
