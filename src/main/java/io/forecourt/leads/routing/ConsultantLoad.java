package io.forecourt.leads.routing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An active consultant of a dealer as assignment sees them.
 *
 * @param weight their share of new leads relative to colleagues (0: none for now)
 * @param openLeads leads they hold that are still being worked
 * @param lastAssignedAt when they last received a lead
 */
record ConsultantLoad(UUID staffId, String name, int weight, int openLeads, @Nullable Instant lastAssignedAt) {

	double loadPerWeight() {
		return this.openLeads / (double) this.weight;
	}

}
