package io.forecourt.sales;

import java.util.Optional;

/**
 * The configurations customers and consultants have made, by their shareable code: the
 * sales center's quotes and orders and the presale module price from these.
 */
public interface Configurations {

	/** The configuration with this code (case-insensitive), priced as it was made. */
	Optional<PricedConfiguration> find(String code);

}
