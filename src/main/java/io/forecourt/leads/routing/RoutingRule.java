package io.forecourt.leads.routing;

import java.time.Instant;
import java.util.regex.Pattern;

/** One step of the routing order, as HQ keeps it in {@code lead_routing_rules}. */
public record RoutingRule(String id, int position, RoutingStrategy strategy, String description, boolean active,
		long version, Instant updatedAt) {

	static final Pattern ID = Pattern.compile("[a-z0-9-]{3,60}");

}
