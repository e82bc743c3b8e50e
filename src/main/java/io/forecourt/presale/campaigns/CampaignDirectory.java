package io.forecourt.presale.campaigns;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.forecourt.kernel.cache.RefreshingCopy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This instance's copy of every campaign, for the reservation path (which must not read
 * the campaign row on each of hundreds of thousands of requests). Campaigns never change
 * once created, so the only staleness is a new campaign reaching other instances within
 * the time to live; a campaign this instance does not know is looked for in the database
 * at once, at most once a second (unknown codes sent by anyone must not each cost a
 * query).
 */
@Component
public class CampaignDirectory {

	private static final long MISS_RELOAD_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final RefreshingCopy<Known> copy;

	private long lastMissReload = System.nanoTime() - MISS_RELOAD_NANOS;

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
		String key = code.strip().toUpperCase(Locale.ROOT);
		Known known = this.copy.get();
		Campaign found = known.byCode().get(key);
		if (found == null) {
			found = afterMiss(known).byCode().get(key);
		}
		return Optional.ofNullable(found);
	}

	public Optional<Campaign> byId(UUID id) {
		Known known = this.copy.get();
		Campaign found = known.byId().get(id);
		if (found == null) {
			found = afterMiss(known).byId().get(id);
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The copy to look in again after a miss in {@code seen}: reloaded, unless another
	 * reader reloaded it meanwhile (then that one) or within the last second (then as it
	 * is). Misses wait here for a reload in progress, so readers arriving together with a
	 * new campaign all find it.
	 */
	private synchronized Known afterMiss(Known seen) {
		Known current = this.copy.get();
		if (current != seen || System.nanoTime() - this.lastMissReload < MISS_RELOAD_NANOS) {
			return current;
		}
		this.lastMissReload = System.nanoTime();
		return this.copy.reload();
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
