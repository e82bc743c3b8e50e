package io.forecourt.presale.campaigns;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A presale campaign as stored. Campaigns do not change once created (a launch's rules
 * are published before it opens), so instances may keep copies.
 *
 * @param quota units on sale in all, whatever the configuration
 * @param paymentWindow how long a reservation holds its unit unpaid
 * @param perPersonLimit live reservations one person (phone, and ID number where
 * required) may hold
 * @param regionCodes network region codes the presale is open to
 * @param cityCodes GB/T 2260 city codes the presale is open to; with no regions either,
 * it is open everywhere
 */
public record Campaign(UUID id, String code, String nameZh, String nameEn, String brand, String modelCode, int quota,
		Instant opensAt, Instant closesAt, BigDecimal deposit, Duration paymentWindow, int perPersonLimit,
		boolean idNumberRequired, Set<String> regionCodes, Set<String> cityCodes, List<Offer> offers, Instant createdAt,
		String createdBy) {

	public Campaign {
		regionCodes = Set.copyOf(regionCodes);
		cityCodes = Set.copyOf(cityCodes);
		offers = List.copyOf(offers);
	}

	Campaign withOffers(List<Offer> offers) {
		return new Campaign(this.id, this.code, this.nameZh, this.nameEn, this.brand, this.modelCode, this.quota,
				this.opensAt, this.closesAt, this.deposit, this.paymentWindow, this.perPersonLimit,
				this.idNumberRequired, this.regionCodes, this.cityCodes, offers, this.createdAt, this.createdBy);
	}

	public State stateAt(Instant now) {
		if (now.isBefore(this.opensAt)) {
			return State.UPCOMING;
		}
		return now.isBefore(this.closesAt) ? State.OPEN : State.CLOSED;
	}

	public Optional<Offer> offer(String configurationCode) {
		return this.offers.stream().filter(o -> o.configurationCode().equalsIgnoreCase(configurationCode)).findFirst();
	}

	/** Whether participants must be in one of the listed regions or cities. */
	public boolean regional() {
		return !this.regionCodes.isEmpty() || !this.cityCodes.isEmpty();
	}

	/**
	 * A configuration on sale.
	 *
	 * @param cap the configuration's own quota within the campaign's, null when only the
	 * campaign's quota limits it
	 */
	public record Offer(String configurationCode, String nameZh, String nameEn, BigDecimal msrp,
			@Nullable Integer cap) {
	}

	/** Where a campaign stands at a moment. */
	public enum State {

		UPCOMING, OPEN, CLOSED

	}

}
