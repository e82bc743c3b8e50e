/**
 * The lead center: every lead from every channel captured, cleansed (phone validity,
 * junk, duplicates with attribution), resolved to a customer through One ID and graded by
 * purchase intent; routing, follow-up, SLA and the funnel build on it. It listens to the
 * sales center's order events to close the funnel (ordered, won), and captures the
 * presale module's participants as leads.
 */
@ApplicationModule(displayName = "Lead center",
		allowedDependencies = { "kernel", "identity", "network", "sales", "presale" })
@NullMarked
package io.forecourt.leads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
