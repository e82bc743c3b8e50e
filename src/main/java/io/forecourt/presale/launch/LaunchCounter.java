package io.forecourt.presale.launch;

/**
 * What the launch counts: every attempt, and each answer by its reason. A refusal is
 * counted under exactly one reason.
 */
public enum LaunchCounter {

	/** Every reservation request that named a campaign, answered or not. */
	ATTEMPTS(Kind.ATTEMPT),

	RESERVED(Kind.ANSWER),

	SOLD_OUT(Kind.ANSWER),

	NOT_OPEN(Kind.ANSWER),

	CLOSED(Kind.ANSWER),

	LIMIT_REACHED(Kind.ANSWER),

	REGION_NOT_ALLOWED(Kind.ANSWER),

	/** The request was malformed or incomplete (no participant is recorded). */
	INVALID(Kind.ANSWER),

	/** Load shed: nothing was decided, the participant was told to try again. */
	TRY_AGAIN(Kind.ANSWER),

	/** A scripted client or headless browser by its user agent (or none at all). */
	REJECTED_USER_AGENT(Kind.REJECTION),

	/** More attempts within a second than a person makes. */
	REJECTED_BURST(Kind.REJECTION),

	RATE_LIMITED_PHONE(Kind.REJECTION),

	RATE_LIMITED_IP(Kind.REJECTION),

	RATE_LIMITED_DEVICE(Kind.REJECTION);

	private final Kind kind;

	LaunchCounter(Kind kind) {
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	/** How the dashboard groups the counters. */
	public enum Kind {

		ATTEMPT, ANSWER, REJECTION

	}

}
