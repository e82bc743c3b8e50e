package io.forecourt.sales.catalog;

/** How a catalog rule relates its subject to its object. */
public enum RuleType {

	/** Choosing the subject needs the object chosen (or included) too. */
	REQUIRES,

	/** The subject and the object cannot be chosen together. */
	EXCLUDES,

	/**
	 * The subject (a trim or package) brings the object at no charge: a package or
	 * accessory is added, a colour is free when it is chosen.
	 */
	INCLUDES,

	/**
	 * The subject can only be chosen with the object trim, or with any trim of the object
	 * model; several such rules for one subject are alternatives.
	 */
	ONLY_WITH_TRIM

}
