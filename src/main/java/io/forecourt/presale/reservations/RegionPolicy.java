package io.forecourt.presale.reservations;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.cache.RefreshingCopy;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerRegistered;
import io.forecourt.network.DealerStatusChanged;
import io.forecourt.network.DealerSummary;
import io.forecourt.presale.campaigns.Campaign;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether a participant may take part where they are: a campaign open to some regions and
 * cities admits a city listed, a city where an active dealer of a listed region is, and a
 * delivery dealer of a listed region or city. Reads a copy of the network (a minute old
 * at most), not the network's tables, on each attempt.
 */
@Component
class RegionPolicy {

	private final RefreshingCopy<Network> network;

	RegionPolicy(DealerNetwork dealers) {
		this.network = new RefreshingCopy<>(Duration.ofMinutes(1), () -> {
			Map<String, DealerSummary> byCode = new HashMap<>();
			Map<String, Set<UUID>> regionsOfCity = new HashMap<>();
			for (DealerSummary dealer : dealers.activeDealers()) {
				byCode.put(dealer.code(), dealer);
				regionsOfCity.computeIfAbsent(dealer.city().value(), c -> new HashSet<>()).add(dealer.regionId());
			}
			Map<UUID, String> regionCodes = new HashMap<>();
			dealers.regionIdsByCode().forEach((code, id) -> regionCodes.put(id, code));
			return new Network(byCode, regionsOfCity, regionCodes);
		});
	}

	/**
	 * A dealer joined or changed status: this instance sees it at once (others within the
	 * copy's minute).
	 */
	@EventListener({ DealerRegistered.class, DealerStatusChanged.class })
	void networkChanged() {
		this.network.forget();
	}

	/** An active dealer by its code, e.g. {@code SH-001}. */
	Optional<DealerSummary> dealer(String code) {
		return Optional.ofNullable(this.network.get().dealers().get(code));
	}

	/** The first active dealer of the city that sells the brand, by code. */
	Optional<DealerSummary> dealerIn(String cityCode, String brand) {
		return this.network.get()
			.dealers()
			.values()
			.stream()
			.filter(d -> d.city().value().equals(cityCode) && d.brands().contains(brand))
			.min(java.util.Comparator.comparing(DealerSummary::code));
	}

	boolean allows(Campaign campaign, @Nullable String cityCode, @Nullable DealerSummary dealer) {
		if (!campaign.regional()) {
			return true;
		}
		if (cityCode == null && dealer == null) {
			return false;
		}
		Network known = this.network.get();
		if (cityCode != null && !campaign.cityCodes().contains(cityCode)
				&& known.regionsOfCity()
					.getOrDefault(cityCode, Set.of())
					.stream()
					.map(known.regionCodes()::get)
					.noneMatch(campaign.regionCodes()::contains)) {
			return false;
		}
		return dealer == null || campaign.cityCodes().contains(dealer.city().value())
				|| campaign.regionCodes().contains(known.regionCodes().get(dealer.regionId()));
	}

	private record Network(Map<String, DealerSummary> dealers, Map<String, Set<UUID>> regionsOfCity,
			Map<UUID, String> regionCodes) {
	}

}
