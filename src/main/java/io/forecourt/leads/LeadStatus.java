package io.forecourt.leads;

/**
 * Where a lead stands. Capture decides between the first three; routing and follow-up add
 * their stages later.
 */
public enum LeadStatus {

	/** A valid, open lead. */
	NEW,

	/** Kept and flagged: the phone number is not a valid number. */
	INVALID,

	/** Kept and flagged: a test number, a spam number or part of a burst. */
	JUNK

}
