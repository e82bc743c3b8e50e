package io.forecourt.leads.followup;

import java.util.EnumSet;
import java.util.Set;

import static io.forecourt.leads.followup.FollowUpOutcome.APPOINTMENT_MADE;
import static io.forecourt.leads.followup.FollowUpOutcome.BUSY;
import static io.forecourt.leads.followup.FollowUpOutcome.INTERESTED;
import static io.forecourt.leads.followup.FollowUpOutcome.NOTED;
import static io.forecourt.leads.followup.FollowUpOutcome.NOT_INTERESTED;
import static io.forecourt.leads.followup.FollowUpOutcome.NO_ANSWER;
import static io.forecourt.leads.followup.FollowUpOutcome.REACHED;
import static io.forecourt.leads.followup.FollowUpOutcome.WRONG_NUMBER;

/**
 * How staff followed a lead up, and the outcomes each way can have: a store visit cannot
 * go unanswered, a note reaches nobody.
 */
public enum FollowUpKind {

	CALL(EnumSet.of(REACHED, NO_ANSWER, BUSY, WRONG_NUMBER, INTERESTED, NOT_INTERESTED, APPOINTMENT_MADE)),

	WECHAT(EnumSet.of(REACHED, NO_ANSWER, INTERESTED, NOT_INTERESTED, APPOINTMENT_MADE)),

	/** The customer came to the store. */
	VISIT(EnumSet.of(INTERESTED, NOT_INTERESTED, APPOINTMENT_MADE)),

	TEST_DRIVE(EnumSet.of(INTERESTED, NOT_INTERESTED, APPOINTMENT_MADE)),

	/** Information for colleagues; not a contact, so it never stops the SLA clock. */
	NOTE(EnumSet.of(NOTED));

	private final Set<FollowUpOutcome> outcomes;

	FollowUpKind(Set<FollowUpOutcome> outcomes) {
		this.outcomes = Set.copyOf(outcomes);
	}

	public Set<FollowUpOutcome> outcomes() {
		return this.outcomes;
	}

	public boolean allows(FollowUpOutcome outcome) {
		return this.outcomes.contains(outcome);
	}

	/**
	 * Whether this is an attempt to contact the customer. The first attempt is the
	 * dealer's first response (首次响应) and stops the SLA clock, answered or not: the dealer
	 * cannot make the customer pick up, and the outcome tells whether they did.
	 */
	public boolean isContactAttempt() {
		return this != NOTE;
	}

}
