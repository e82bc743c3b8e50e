package io.forecourt.sales;

/**
 * How a model is driven. China's purchase-tax relief and green plates follow the
 * new-energy classes (battery electric, plug-in hybrid including range extenders, fuel
 * cell); an ordinary hybrid is not new energy.
 */
public enum Powertrain {

	/** Petrol or diesel engine only. */
	ICE,

	/** Hybrid that cannot be plugged in (not new energy). */
	HEV,

	/** Plug-in hybrid or range extender (new energy). */
	PHEV,

	/** Battery electric (new energy). */
	BEV,

	/** Hydrogen fuel cell (new energy). */
	FCEV;

	/** Whether the powertrain counts as a new-energy vehicle (新能源汽车). */
	public boolean newEnergy() {
		return this == PHEV || this == BEV || this == FCEV;
	}

}
