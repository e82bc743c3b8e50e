package io.forecourt.presale.campaigns;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.forecourt.kernel.cache.RefreshingCopy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This instance's copy of every campaign, for the reservation path (which must not read
 * the campaign row on each of hundreds of thousands of requests). Campaigns never change
 * once created, so the only staleness is a new campaign reaching other instances within
 * the time to live.
 */
@Component
public class CampaignDirectory {

	private final RefreshingCopy<Known> copy;

	CampaignDirectory(Campaigns campaigns, @Value("${forecourt.presale.campaign-cache-ttl:PT5S}") Duration timeToLive) {
		this.copy = new RefreshingCopy<>(timeToLive, () -> {
			Map<String, Campaign> byCode = new HashMap<>();
			Map<UUID, Campaign> byId = new HashMap<>();
			for (Campaign campaign : campaigns.findAll()) {
				byCode.put(campaign.code(), campaign);
				byId.put(campaign.id(), campaign);
			}
			return new Known(Map.copyOf(byCode), Map.copyOf(byId));
		});
	}

	/** The campaign with this code, whatever its case. */
	public Optional<Campaign> byCode(String code) {
		return Optional.ofNullable(this.copy.get().byCode().get(code.strip().toUpperCase(Locale.ROOT)));
	}

	public Optional<Campaign> byId(UUID id) {
		return Optional.ofNullable(this.copy.get().byId().get(id));
	}

	/** Every campaign known to this instance. */
	public java.util.Collection<Campaign> all() {
		return this.copy.get().byId().values();
	}

	void forget() {
		this.copy.forget();
	}

	private record Known(Map<String, Campaign> byCode, Map<UUID, Campaign> byId) {
	}

}
