package io.forecourt.presale.campaigns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A campaign as the API shows it, with where it stands now.
 *
 * @param state UPCOMING, OPEN or CLOSED at the time of the answer
 */
public record CampaignView(UUID id, String code, String nameZh, String nameEn, String brand, String modelCode,
		int quota, Instant opensAt, Instant closesAt, BigDecimal deposit, long paymentWindowMinutes, int perPersonLimit,
		boolean idNumberRequired, List<String> regionCodes, List<String> cityCodes, List<Campaign.Offer> offers,
		Campaign.State state, Instant createdAt) {

	public static CampaignView of(Campaign c, Instant now) {
		return new CampaignView(c.id(), c.code(), c.nameZh(), c.nameEn(), c.brand(), c.modelCode(), c.quota(),
				c.opensAt(), c.closesAt(), c.deposit(), c.paymentWindow().toMinutes(), c.perPersonLimit(),
				c.idNumberRequired(), c.regionCodes().stream().sorted().toList(),
				c.cityCodes().stream().sorted().toList(), c.offers(), c.stateAt(now), c.createdAt());
	}

}
