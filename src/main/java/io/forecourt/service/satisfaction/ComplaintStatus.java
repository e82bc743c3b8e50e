package io.forecourt.service.satisfaction;

/**
 * Where a complaint stands; escalation is a level beside it (an {@code OPEN} complaint
 * with level 1 or 2 is escalated).
 */
public enum ComplaintStatus {

	OPEN, RESPONDED, RESOLVED, CLOSED;

	public boolean settled() {
		return this == RESOLVED || this == CLOSED;
	}

}
