package io.forecourt.leads.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadStatus;
import org.jspecify.annotations.Nullable;

/**
 * Where a lead stands in its life after capture: who holds it, the SLA clock and the
 * funnel stages it reached. Transitions check the current state and return the next one;
 * {@link LeadStates} writes it back.
 *
 * @param slaDueAt the first-contact deadline while the clock runs
 * @param slaBreaches breaches of the current holder
 */
record LeadState(UUID id, @Nullable UUID customerId, @Nullable UUID dealerId, @Nullable UUID consultantId, String brand,
		LeadStatus status, @Nullable LeadGrade grade, @Nullable Integer gradeScore, @Nullable String gradeExplanation,
		Instant capturedAt, @Nullable Instant assignedAt, @Nullable Instant slaDueAt, int slaBreaches,
		@Nullable Instant nextActionAt, @Nullable Instant contactedAt, @Nullable Instant visitedAt,
		@Nullable Instant testDrivenAt, @Nullable Instant defeatedAt, long version) {

	/** Where follow-ups are logged: leads a dealer holds and works. */
	static final Set<LeadStatus> WORKED = EnumSet.of(LeadStatus.ASSIGNED, LeadStatus.CONTACTED,
			LeadStatus.DEFEAT_PENDING);

	/** The grades staff give; O and F come from an order and an approved defeat. */
	static final Set<LeadGrade> INTENT_GRADES = EnumSet.of(LeadGrade.H, LeadGrade.A, LeadGrade.B, LeadGrade.C);

	/**
	 * Whether this follow-up is the dealer's first response, which stops the SLA clock.
	 */
	boolean isFirstContact(FollowUpKind kind) {
		return this.status == LeadStatus.ASSIGNED && kind.isContactAttempt();
	}

	/** Whether a first contact now came inside the first window, before any breach. */
	boolean contactWithinSla(Instant now) {
		return this.slaBreaches == 0 && this.slaDueAt != null && !now.isAfter(this.slaDueAt);
	}

	/**
	 * The lead after a follow-up: the first contact attempt stops the SLA clock and moves
	 * it to CONTACTED; a visit and a test drive stamp their funnel stage once. A planned
	 * next action replaces the previous one; a contact without one clears it (the planned
	 * contact happened), a note leaves it.
	 * @throws ProblemException conflict when the lead is not being worked
	 */
	LeadState followedUp(FollowUpKind kind, Instant occurredAt, @Nullable Instant nextAction) {
		if (!WORKED.contains(this.status)) {
			throw ProblemException.conflict("Lead " + this.id + " is " + this.status
					+ "; follow-ups are logged on assigned, contacted or defeat-pending leads");
		}
		boolean first = isFirstContact(kind);
		LeadStatus status = first ? LeadStatus.CONTACTED : this.status;
		Instant due = first ? null : this.slaDueAt;
		Instant contacted = kind.isContactAttempt() && this.contactedAt == null ? occurredAt : this.contactedAt;
		Instant visited = kind == FollowUpKind.VISIT && this.visitedAt == null ? occurredAt : this.visitedAt;
		Instant testDriven = kind == FollowUpKind.TEST_DRIVE && this.testDrivenAt == null ? occurredAt
				: this.testDrivenAt;
		Instant next = nextAction != null ? nextAction : kind.isContactAttempt() ? null : this.nextActionAt;
		return new LeadState(this.id, this.customerId, this.dealerId, this.consultantId, this.brand, status, this.grade,
				this.gradeScore, this.gradeExplanation, this.capturedAt, this.assignedAt, due, this.slaBreaches, next,
				contacted, visited, testDriven, this.defeatedAt, this.version);
	}

	/**
	 * The customer drove a car while the lead was not being worked (still in the pool,
	 * say): the funnel stage is stamped once, nothing else moves.
	 */
	LeadState testDriven(Instant drivenAt) {
		if (this.testDrivenAt != null) {
			return this;
		}
		return new LeadState(this.id, this.customerId, this.dealerId, this.consultantId, this.brand, this.status,
				this.grade, this.gradeScore, this.gradeExplanation, this.capturedAt, this.assignedAt, this.slaDueAt,
				this.slaBreaches, this.nextActionAt, this.contactedAt, this.visitedAt, drivenAt, this.defeatedAt,
				this.version);
	}

	/**
	 * A consultant's re-grade, after contact.
	 * @throws ProblemException conflict before contact, for O and F, and for the grade
	 * the lead already has
	 */
	LeadState regraded(LeadGrade to, String explanation) {
		if (!INTENT_GRADES.contains(to)) {
			throw ProblemException.conflict(
					"Grade " + to + " is not given by hand: O comes with an order, F with an approved defeat proposal");
		}
		if (this.status != LeadStatus.CONTACTED) {
			throw ProblemException
				.conflict("Lead " + this.id + " is " + this.status + "; it is re-graded once contacted");
		}
		if (to == this.grade) {
			throw ProblemException.conflict("Lead " + this.id + " is already graded " + to);
		}
		return withGrade(to, explanation);
	}

	/**
	 * A consultant proposes to give the lead up.
	 * @throws ProblemException conflict unless the lead was contacted and no proposal is
	 * pending
	 */
	LeadState defeatProposed() {
		if (this.status == LeadStatus.DEFEAT_PENDING) {
			throw ProblemException
				.conflict("Lead " + this.id + " already has a defeat proposal waiting for a decision");
		}
		if (this.status != LeadStatus.CONTACTED) {
			throw ProblemException.conflict("Lead " + this.id + " is " + this.status
					+ "; only a contacted lead can be given up (try to reach the customer first)");
		}
		return withStatus(LeadStatus.DEFEAT_PENDING);
	}

	/** The manager approved the proposal: lost, graded F, no clock, no next action. */
	LeadState defeated(String explanation, Instant now) {
		requirePending();
		return new LeadState(this.id, this.customerId, this.dealerId, this.consultantId, this.brand,
				LeadStatus.DEFEATED, LeadGrade.F, this.gradeScore, explanation, this.capturedAt, this.assignedAt, null,
				this.slaBreaches, null, this.contactedAt, this.visitedAt, this.testDrivenAt, now, this.version);
	}

	/** The manager returned the proposal: back to where the lead was. */
	LeadState defeatReturned(LeadStatus prior) {
		requirePending();
		return withStatus(prior);
	}

	/**
	 * Out of the reactivation pool, with the grade it had before F: into the HQ pool
	 * ({@code window} null) or assigned again at its dealer, to the given consultant,
	 * with a fresh first-contact window.
	 */
	LeadState reactivated(LeadGrade grade, String explanation, @Nullable Duration window, @Nullable UUID consultant,
			Instant now) {
		if (this.status != LeadStatus.DEFEATED) {
			throw ProblemException
				.conflict("Lead " + this.id + " is " + this.status + "; only defeated leads are reactivated");
		}
		if (window == null) {
			return new LeadState(this.id, this.customerId, null, null, this.brand, LeadStatus.NEW, grade,
					this.gradeScore, explanation, this.capturedAt, null, null, 0, null, this.contactedAt,
					this.visitedAt, this.testDrivenAt, this.defeatedAt, this.version);
		}
		return new LeadState(this.id, this.customerId, this.dealerId, consultant, this.brand, LeadStatus.ASSIGNED,
				grade, this.gradeScore, explanation, this.capturedAt, now, now.plus(window), 0, null, this.contactedAt,
				this.visitedAt, this.testDrivenAt, this.defeatedAt, this.version);
	}

	private void requirePending() {
		if (this.status != LeadStatus.DEFEAT_PENDING) {
			throw ProblemException.conflict("Lead " + this.id + " is " + this.status + ", not waiting for a decision");
		}
	}

	private LeadState withStatus(LeadStatus to) {
		return new LeadState(this.id, this.customerId, this.dealerId, this.consultantId, this.brand, to, this.grade,
				this.gradeScore, this.gradeExplanation, this.capturedAt, this.assignedAt, this.slaDueAt,
				this.slaBreaches, this.nextActionAt, this.contactedAt, this.visitedAt, this.testDrivenAt,
				this.defeatedAt, this.version);
	}

	private LeadState withGrade(LeadGrade to, String explanation) {
		return new LeadState(this.id, this.customerId, this.dealerId, this.consultantId, this.brand, this.status, to,
				this.gradeScore, explanation, this.capturedAt, this.assignedAt, this.slaDueAt, this.slaBreaches,
				this.nextActionAt, this.contactedAt, this.visitedAt, this.testDrivenAt, this.defeatedAt, this.version);
	}

}
