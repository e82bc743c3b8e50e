package io.forecourt.leads.followup;

/** Where a defeat proposal stands. */
public enum DefeatDecision {

	/** Waiting for a dealer manager. */
	PENDING,

	/** The lead is lost (DEFEATED, grade F). */
	APPROVED,

	/** The manager sent it back: keep working the lead. */
	RETURNED

}
