package io.forecourt.leads.routing;

/**
 * How the candidates of one strategy are weighed: a candidate scores
 * {@code capacityWeight × free share of today's capacity + slaWeight × share of recent
 * leads contacted within their SLA}.
 *
 * @param slaLookbackDays how far back the SLA record reaches
 * @param defaultDailyCapacity the leads a day a dealer takes when HQ has set nothing
 */
public record RoutingWeights(int capacityWeight, int slaWeight, int slaLookbackDays, int defaultDailyCapacity,
		long version) {

	public RoutingWeights {
		if (capacityWeight < 0 || slaWeight < 0 || capacityWeight + slaWeight == 0) {
			throw new IllegalArgumentException("weights must not be negative and not both zero");
		}
		if (slaLookbackDays < 1 || slaLookbackDays > 365) {
			throw new IllegalArgumentException("the SLA lookback must be 1 to 365 days");
		}
		if (defaultDailyCapacity < 0) {
			throw new IllegalArgumentException("the default daily capacity must not be negative");
		}
	}

}
