package io.forecourt.sales.catalog;

/**
 * Why a configuration was refused: one of the catalog's {@link RuleType rules}, or a fact
 * about the catalog itself. The names are part of the API.
 */
public enum ViolationType {

	/** A choice needs another that was not chosen (a {@link RuleType#REQUIRES} rule). */
	REQUIRES,

	/** Two choices cannot go together (a {@link RuleType#EXCLUDES} rule). */
	EXCLUDES,

	/**
	 * A choice is not offered with the chosen trim (a {@link RuleType#ONLY_WITH_TRIM}
	 * rule).
	 */
	ONLY_WITH_TRIM,

	/** The trim belongs to another model than the one chosen. */
	TRIM_OF_OTHER_MODEL,

	/** A choice is no longer sold. */
	DISCONTINUED,

	/** A choice has no price valid on the pricing day. */
	NO_PRICE

}
