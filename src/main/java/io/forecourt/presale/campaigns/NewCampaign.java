package io.forecourt.presale.campaigns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A campaign as HQ asks for it; every field is checked by {@link CampaignAdministration}.
 *
 * @param code short identifier participants' apps use, e.g. {@code E5-LAUNCH-2026}; upper
 * case letters, digits and dashes
 * @param brand the brand the leads are captured for; the default brand when empty
 * @param offers the configurations on sale (catalog share codes), each with an optional
 * cap
 * @param paymentWindowMinutes how long a reservation waits for its deposit (1 to 1440)
 * @param perPersonLimit live reservations per person, 1 when empty
 * @param regionCodes network region codes (e.g. {@code EAST}); with cityCodes, where the
 * presale is open (both empty: everywhere)
 * @param cityCodes GB/T 2260 city codes
 */
public record NewCampaign(@Nullable String code, @Nullable String nameZh, @Nullable String nameEn,
		@Nullable String brand, @Nullable List<NewOffer> offers, @Nullable Integer quota, @Nullable Instant opensAt,
		@Nullable Instant closesAt, @Nullable BigDecimal deposit, @Nullable Integer paymentWindowMinutes,
		@Nullable Integer perPersonLimit, boolean idNumberRequired, @Nullable List<String> regionCodes,
		@Nullable List<String> cityCodes) {

	/**
	 * @param configurationCode a stored configuration's share code
	 * @param cap at most this many of the campaign's units go to this configuration
	 */
	public record NewOffer(@Nullable String configurationCode, @Nullable Integer cap) {
	}

}
