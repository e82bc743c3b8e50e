package io.forecourt.leads.routing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What routing did with a lead.
 *
 * @param dealerId null when no dealer could take it: it stays in the HQ pool
 * @param consultantId null when the dealer has no active consultant to give it to
 * @param explanation which strategies were tried and how the candidates scored
 */
public record RoutingOutcome(UUID leadId, boolean routed, @Nullable UUID dealerId, @Nullable UUID consultantId,
		String explanation) {

	static RoutingOutcome skipped(UUID leadId, String why) {
		return new RoutingOutcome(leadId, false, null, null, why);
	}

}
