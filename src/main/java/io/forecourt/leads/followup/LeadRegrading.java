package io.forecourt.leads.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.forecourt.kernel.audit.AuditAction;
import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.web.FieldErrors;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadGraded;
import io.forecourt.leads.capture.LeadView;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultant's own judgement of purchase intent, once they have spoken to the customer:
 * H, A, B or C, with a reason. The score from capture stays; the grade history keeps
 * every change with who made it and why.
 */
@Service
public class LeadRegrading {

	private static final int REASON_MAX = 200;

	private final LeadWorkAccess access;

	private final LeadStates leads;

	private final GradeHistory history;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadRegrading(LeadWorkAccess access, LeadStates leads, GradeHistory history, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.leads = leads;
		this.history = history;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @throws io.forecourt.kernel.web.ProblemException validation for an unknown grade or
	 * a missing reason; not found outside the scope; forbidden unless the caller is the
	 * lead's consultant or manages leads; conflict for O and F, before contact, and for
	 * the grade the lead has
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_LEAD_WRITE')")
	public LeadView.GradeChange regrade(UUID leadId, @Nullable String grade, @Nullable String reason) {
		FieldErrors errors = new FieldErrors();
		LeadGrade to = errors.attempt("grade", () -> LeadFollowUps.parse(LeadGrade.class, grade));
		if (reason == null || reason.isBlank()) {
			errors.reject("reason", "is required");
		}
		else if (reason.strip().length() > REASON_MAX) {
			errors.reject("reason", "must be at most " + REASON_MAX + " characters");
		}
		errors.throwIfAny();
		String why = reason.strip();
		Instant now = this.clock.instant();
		LeadState lead = this.access.lockForWork(leadId);
		String explanation = "re-graded from " + (lead.grade() == null ? "none" : lead.grade()) + " by " + Actor.name()
				+ ": " + why;
		LeadState after = lead.regraded(to, GradeHistory.cut(explanation, 2000));
		int score = lead.gradeScore() == null ? 0 : lead.gradeScore();
		this.history.record(leadId, to, score, explanation, Actor.name(), why, now);
		this.leads.save(after, now);
		this.audit.recordChange(AuditAction.UPDATE, LeadWorkAccess.LEAD, leadId,
				"grade " + lead.grade() + " -> " + to + ": " + why);
		this.events.publishEvent(new LeadGraded(leadId,
				Objects.requireNonNull(lead.customerId(), "a worked lead has a customer"), to, score, now));
		return new LeadView.GradeChange(to, score, explanation, Actor.name(), now, why);
	}

	/** Oldest first, from the grade at capture on. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_LEAD_READ')")
	public List<LeadView.GradeChange> history(UUID leadId) {
		this.access.visible(leadId);
		return this.history.of(leadId);
	}

}
