package io.forecourt.leads.routing;

/** Where routing looks for a dealer, one step of the order HQ sets. */
public enum RoutingStrategy {

	/** The dealer the customer chose in their profile. */
	PREFERRED_DEALER,

	/** The dealer that held the customer's most recent earlier lead. */
	PREVIOUS_DEALER,

	/** Active dealers in the lead's city (GB/T 2260 code). */
	SAME_CITY,

	/** Active dealers in the lead's province (the code's first two digits). */
	SAME_PROVINCE;

	/**
	 * Whether the strategy names one dealer the customer already knows: it gets the lead
	 * even when its day's capacity is used up (capacity spreads leads nobody asked for).
	 */
	boolean namesOneDealer() {
		return this == PREFERRED_DEALER || this == PREVIOUS_DEALER;
	}

}
