package io.forecourt.network.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.console.ScopeNames;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.domain.Regions;

import org.springframework.stereotype.Component;

/**
 * Names the signed-in user's own region or dealer for the navbar ("Region: East China").
 * The region is read within the user's scope, which always covers their own region; the
 * dealer through the module's API, which answers regardless of scope.
 */
@Component
class NetworkScopeNames implements ScopeNames {

	private final Regions regions;

	private final DealerNetwork network;

	NetworkScopeNames(Regions regions, DealerNetwork network) {
		this.regions = regions;
		this.network = network;
	}

	@Override
	public Optional<String> regionName(UUID regionId, Locale locale) {
		return this.regions.findVisible(regionId).map(region -> Names.pick(locale, region.nameZh(), region.nameEn()));
	}

	@Override
	public Optional<String> dealerName(UUID dealerId, Locale locale) {
		return this.network.dealer(dealerId).map(dealer -> Names.pick(locale, dealer.nameZh(), dealer.nameEn()));
	}

}
