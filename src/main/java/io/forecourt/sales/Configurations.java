package io.forecourt.sales;

import java.util.Optional;

/**
 * The configurations customers and consultants have made, by their shareable code: the
 * sales center's quotes and orders and the presale module price from these.
 */
public interface Configurations {

	/** The configuration with this code (case-insensitive), priced as it was made. */
	Optional<PricedConfiguration> find(String code);

	/**
	 * Configures a car from catalog codes at today's prices, without options, and stores
	 * it as the brand's own channel would (for set-up work such as a presale's demo
	 * campaign, not on a buyer's behalf).
	 * @return the stored configuration, empty when the codes name nothing active or break
	 * a rule
	 */
	Optional<PricedConfiguration> configure(String modelCode, String trimCode, String exteriorColourCode,
			String interiorColourCode);

}
