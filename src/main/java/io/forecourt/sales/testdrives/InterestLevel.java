package io.forecourt.sales.testdrives;

/** How interested in buying the customer seemed after the drive. */
public enum InterestLevel {

	HIGH, MEDIUM, LOW, NONE;

	/** Whether the lead center should count the drive as an interested outcome. */
	public boolean interested() {
		return this == HIGH || this == MEDIUM;
	}

}
