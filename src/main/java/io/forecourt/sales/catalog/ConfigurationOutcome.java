package io.forecourt.sales.catalog;

import java.util.List;

import io.forecourt.sales.PricedConfiguration;

/**
 * What checking a configuration gives: a priced configuration, or every violated rule.
 */
public sealed interface ConfigurationOutcome {

	/**
	 * The choices are valid; the configuration is priced (and stored, if it was made).
	 */
	record Priced(PricedConfiguration configuration) implements ConfigurationOutcome {
	}

	/** The choices break at least one rule; nothing was stored. */
	record Rejected(List<Violation> violations) implements ConfigurationOutcome {

		public Rejected {
			violations = List.copyOf(violations);
		}

	}

}
