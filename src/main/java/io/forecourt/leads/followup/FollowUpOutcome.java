package io.forecourt.leads.followup;

/**
 * What a follow-up gave. Which outcomes fit which kind is {@link FollowUpKind}'s rule.
 */
public enum FollowUpOutcome {

	/** The customer answered. */
	REACHED,

	NO_ANSWER,

	/** The line was busy or the customer hung up. */
	BUSY,

	/** The number does not belong to the customer. */
	WRONG_NUMBER,

	INTERESTED,

	NOT_INTERESTED,

	/** A store visit or test drive was agreed. */
	APPOINTMENT_MADE,

	/** A note records information, not a contact. */
	NOTED;

	/** Whether the customer was actually reached (the funnel's "call confirmed"). */
	public boolean reachedCustomer() {
		return this != NO_ANSWER && this != BUSY && this != WRONG_NUMBER && this != NOTED;
	}

}
