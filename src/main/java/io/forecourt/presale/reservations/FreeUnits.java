package io.forecourt.presale.reservations;

import java.time.Clock;
import java.time.Instant;
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
	 * Whether the recent count says nothing is left for this offer at {@code now}: none
	 * was free when counted and no hold counted then has reached its deadline since.
	 * @return what is sold out (the configuration only when its own cap is taken, as a
	 * claim would say), null when something may be left or this instance has no count yet
	 */
	ClaimResult.@Nullable SoldOut soldOut(Campaign campaign, @Nullable String configurationCode, Instant now) {
		Snapshot snapshot = this.snapshots.get(campaign.id());
		if (snapshot == null || System.nanoTime() - snapshot.readAt() > this.refreshNanos) {
			refreshInBackground(campaign.id());
		}
		if (snapshot == null) {
			return null;
		}
		if (snapshot.units().noneAt(now)) {
			return new ClaimResult.SoldOut(null, snapshot.units().backAt());
		}
		Availability tokens = configurationCode == null ? null : snapshot.tokens().get(configurationCode);
		return tokens != null && tokens.noneAt(now) ? new ClaimResult.SoldOut(configurationCode, tokens.backAt())
				: null;
	}

	/** A claim found nothing free: say so at once, until the next count. */
	void soldOutSeen(Campaign campaign, @Nullable String configurationCode, @Nullable Instant nextReturn) {
		this.snapshots.computeIfPresent(campaign.id(), (id, s) -> {
			Availability none = new Availability(0, nextReturn);
			if (configurationCode == null) {
				return new Snapshot(none, s.tokens(), s.readAt());
			}
			Map<String, Availability> tokens = new HashMap<>(s.tokens());
			tokens.put(configurationCode, none);
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
					Map<String, Availability> tokens = new HashMap<>();
					count.tokens()
						.forEach((code, free) -> tokens.put(code,
								new Availability(free, count.tokensBackAt().get(code))));
					this.snapshots.put(campaignId, new Snapshot(new Availability(count.units(), count.unitsBackAt()),
							Map.copyOf(tokens), System.nanoTime()));
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

	private record Snapshot(Availability units, Map<String, Availability> tokens, long readAt) {
	}

	/**
	 * @param free rows free when counted
	 * @param backAt when the first row held then comes back
	 */
	private record Availability(long free, @Nullable Instant backAt) {

		boolean noneAt(Instant now) {
			return this.free <= 0 && (this.backAt == null || now.isBefore(this.backAt));
		}

	}

}
