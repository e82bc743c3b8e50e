package io.forecourt.kernel.tenancy;

import java.util.Set;
import java.util.UUID;

/**
 * Answers which dealers belong to a region and which region a dealer belongs to. The
 * network module owns that knowledge and implements this; the kernel and other modules
 * use it to expand region scopes without reaching into network tables.
 */
public interface RegionDirectory {

	Set<UUID> dealersOf(UUID regionId);

	java.util.Optional<UUID> regionOf(UUID dealerId);

}
