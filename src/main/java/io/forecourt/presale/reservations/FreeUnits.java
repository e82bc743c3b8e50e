package io.forecourt.presale.reservations;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.launch.PresaleSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This instance's recent count of each campaign's free units (and capped configurations'
 * free tokens), re-read every {@code freeUnitsRefresh} (200 ms) in the background. It
 * only sheds load: once it says nothing is left, attempts are answered SOLD_OUT without a
 * claim transaction. Units that come back (a deadline passes) show within one refresh;
 * the database alone decides who gets a unit.
 */
@Component
class FreeUnits {

	private static final Logger log = LoggerFactory.getLogger(FreeUnits.class);

	private final Map<UUID, Snapshot> snapshots = new ConcurrentHashMap<>();

	private final Set<UUID> refreshing = ConcurrentHashMap.newKeySet();

	private final UnitClaims claims;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final long refreshNanos;

	FreeUnits(UnitClaims claims, PlatformTransactionManager transactions, Clock clock, PresaleSettings settings) {
		this.claims = claims;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
		this.clock = clock;
		this.refreshNanos = settings.freeUnitsRefresh().toNanos();
	}

	/**
	 * Whether the recent count says nothing is left for this offer; false while this
	 * instance has no count yet.
	 */
	boolean soldOut(Campaign campaign, @Nullable String configurationCode) {
		Snapshot snapshot = this.snapshots.get(campaign.id());
		if (snapshot == null || System.nanoTime() - snapshot.readAt() > this.refreshNanos) {
			refreshInBackground(campaign.id());
		}
		if (snapshot == null) {
			return false;
		}
		if (snapshot.units() <= 0) {
			return true;
		}
		Long tokens = configurationCode == null ? null : snapshot.tokens().get(configurationCode);
		return tokens != null && tokens <= 0;
	}

	/** A claim found nothing free: say so at once, until the next count. */
	void soldOutSeen(Campaign campaign, @Nullable String configurationCode) {
		this.snapshots.computeIfPresent(campaign.id(), (id, s) -> {
			if (configurationCode == null) {
				return new Snapshot(0, s.tokens(), s.readAt());
			}
			Map<String, Long> tokens = new HashMap<>(s.tokens());
			tokens.put(configurationCode, 0L);
			return new Snapshot(s.units(), Map.copyOf(tokens), s.readAt());
		});
	}

	private void refreshInBackground(UUID campaignId) {
		if (!this.refreshing.add(campaignId)) {
			return;
		}
		Thread.ofVirtual().name("presale-free-units").start(() -> {
			try {
				UnitClaims.FreeCount count = this.transaction
					.execute(status -> this.claims.free(campaignId, this.clock.instant()));
				if (count != null) {
					this.snapshots.put(campaignId, new Snapshot(count.units(), count.tokens(), System.nanoTime()));
				}
			}
			catch (RuntimeException ex) {
				log.warn("Free units of presale {} not counted; answering from the database", campaignId, ex);
				this.snapshots.remove(campaignId);
			}
			finally {
				this.refreshing.remove(campaignId);
			}
		});
	}

	private record Snapshot(long units, Map<String, Long> tokens, long readAt) {
	}

}
