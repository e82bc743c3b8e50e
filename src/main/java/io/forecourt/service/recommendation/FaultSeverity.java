package io.forecourt.service.recommendation;

/** How bad a reported fault is, and the urgency (0 to 1) it stands for. */
public enum FaultSeverity {

	NONE(0), LOW(0.25), MEDIUM(0.5), HIGH(0.75),

	/** Not safe to drive far: a warning light for brakes, steering or the HV battery. */
	CRITICAL(1);

	private final double urgency;

	FaultSeverity(double urgency) {
		this.urgency = urgency;
	}

	public double urgency() {
		return this.urgency;
	}

}
