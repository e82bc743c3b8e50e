/**
 * The dealer network: the OEM, its regions, their dealers and each dealer's staff. Other
 * modules ask {@link io.forecourt.network.DealerNetwork} about dealers and staff (where
 * to route a lead, who can take it) and listen to its events; they never read its tables.
 */
@ApplicationModule(displayName = "Dealer network", allowedDependencies = "kernel")
@NullMarked
package io.forecourt.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
