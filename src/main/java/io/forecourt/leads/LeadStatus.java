package io.forecourt.leads;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a lead stands. Capture decides between {@link #NEW}, {@link #INVALID} and
 * {@link #JUNK}; routing, follow-up, defeat and the sales module move it on.
 */
public enum LeadStatus {

	/** A valid, open lead no dealer holds yet: the HQ pool. */
	NEW,

	/** Held by a dealer (and usually a consultant), not contacted yet: the SLA runs. */
	ASSIGNED,

	/** The consultant has reached the customer and is following up. */
	CONTACTED,

	/** A consultant proposed to give the lead up; the dealer manager decides. */
	DEFEAT_PENDING,

	/** Lost (战败, grade F); it waits in the reactivation pool. */
	DEFEATED,

	/** The customer ordered (grade O). */
	ORDERED,

	/** The car was delivered: the lead is won. */
	WON,

	/** Kept and flagged: the phone number is not a valid number. */
	INVALID,

	/** Kept and flagged: a test number, a spam number or part of a burst. */
	JUNK;

	/** The statuses of a lead still being worked, which a duplicate attaches to. */
	public static final Set<LeadStatus> OPEN = EnumSet.of(NEW, ASSIGNED, CONTACTED, DEFEAT_PENDING);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/**
	 * The open statuses as an SQL list, e.g. {@code 'NEW','ASSIGNED'}, for IN clauses.
	 */
	public static String openSqlList() {
		return OPEN.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
	}

}
