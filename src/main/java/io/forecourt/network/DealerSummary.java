package io.forecourt.network;

import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.geo.CityCode;
import io.forecourt.kernel.geo.GeoPoint;

/** What other modules need to know about a dealer to route work to it. */
public record DealerSummary(UUID id, UUID regionId, String code, String nameZh, String nameEn, CityCode city,
		GeoPoint location, Set<String> brands, int workshopBays, DealerStatus status) {

	public boolean isActive() {
		return this.status == DealerStatus.ACTIVE;
	}

}
