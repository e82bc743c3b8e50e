package io.forecourt.presale.launch;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.campaigns.CampaignDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live figures of a launch. A handful of aggregate queries over one campaign's rows
 * (thousands, not the participants' hundreds of thousands, except for their one count),
 * cheap enough for a dashboard that polls every second or two.
 */
@Service
public class LaunchDashboard {

	static final Duration RATE_WINDOW = Duration.ofSeconds(10);

	private final CampaignDirectory campaigns;

	private final JdbcClient jdbc;

	private final Clock clock;

	LaunchDashboard(CampaignDirectory campaigns, JdbcClient jdbc, Clock clock) {
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_PRESALE_READ')")
	public LaunchFigures figures(String campaignCode) {
		Campaign campaign = this.campaigns.byCode(campaignCode)
			.orElseThrow(() -> ProblemException.notFound("Presale campaign", campaignCode));
		Instant now = this.clock.instant();
		Timestamp at = Timestamp.from(now);
		long[] units = this.jdbc.sql("""
				SELECT SUM(CASE WHEN reservation_id IS NULL OR held_until <= :now THEN 1 ELSE 0 END),
				       SUM(CASE WHEN reservation_id IS NOT NULL AND held_until > :now THEN 1 ELSE 0 END),
				       SUM(CASE WHEN reservation_id IS NOT NULL AND held_until IS NULL THEN 1 ELSE 0 END)
				FROM presale_units WHERE campaign_id = :campaign
				""")
			.param("now", at)
			.param("campaign", campaign.id())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		long[] reservations = this.jdbc.sql("""
				SELECT SUM(CASE WHEN status = 'EXPIRED' OR (status = 'RESERVED' AND expires_at <= :now)
				                THEN 1 ELSE 0 END),
				       SUM(CASE WHEN order_id IS NOT NULL THEN 1 ELSE 0 END),
				       SUM(CASE WHEN refunded_payment_id IS NOT NULL THEN 1 ELSE 0 END),
				       SUM(CASE WHEN reserved_at > :since THEN 1 ELSE 0 END)
				FROM presale_reservations WHERE campaign_id = :campaign
				""")
			.param("now", at)
			.param("since", Timestamp.from(now.minus(RATE_WINDOW)))
			.param("campaign", campaign.id())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		Map<LaunchCounter, Long> answers = new EnumMap<>(LaunchCounter.class);
		Map<LaunchCounter, Long> rejections = new EnumMap<>(LaunchCounter.class);
		long attempts = 0;
		for (LaunchCounter counter : LaunchCounter.values()) {
			if (counter.kind() == LaunchCounter.Kind.ANSWER) {
				answers.put(counter, 0L);
			}
			else if (counter.kind() == LaunchCounter.Kind.REJECTION) {
				rejections.put(counter, 0L);
			}
		}
		List<Object[]> counted = this.jdbc
			.sql("SELECT counter, SUM(total) FROM presale_counters WHERE campaign_id = ?" + " GROUP BY counter")
			.param(campaign.id())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
			.list();
		for (Object[] row : counted) {
			LaunchCounter counter;
			try {
				counter = LaunchCounter.valueOf((String) row[0]);
			}
			catch (IllegalArgumentException ex) {
				continue; // written by a newer version of the application
			}
			long total = (Long) row[1];
			switch (counter.kind()) {
				case ATTEMPT -> attempts = total;
				case ANSWER -> answers.put(counter, total);
				case REJECTION -> rejections.put(counter, total);
			}
		}
		int instances = this.jdbc.sql("SELECT COUNT(DISTINCT instance_id) FROM presale_counters WHERE campaign_id = ?")
			.param(campaign.id())
			.query(Integer.class)
			.single();
		long participants = this.jdbc.sql("SELECT count(*) FROM presale_participants WHERE campaign_id = ?")
			.param(campaign.id())
			.query(Long.class)
			.single();
		long waiting = this.jdbc
			.sql("SELECT COALESCE(SUM(people), 0) FROM presale_participant_batches WHERE campaign_id = ?")
			.param(campaign.id())
			.query(Long.class)
			.single();
		return new LaunchFigures(campaign.code(), campaign.quota(), units[0], units[1], units[2], reservations[0],
				reservations[1], reservations[2], reservations[3] / (double) RATE_WINDOW.toSeconds(), attempts, answers,
				rejections, participants, waiting, instances, offers(campaign, at), now);
	}

	private List<LaunchFigures.OfferFigures> offers(Campaign campaign, Timestamp at) {
		Map<String, Long> freeTokens = new HashMap<>();
		this.jdbc
			.sql("SELECT configuration_code, SUM(CASE WHEN reservation_id IS NULL OR held_until <= ? THEN 1 ELSE 0 END)"
					+ " FROM presale_config_tokens WHERE campaign_id = ? GROUP BY configuration_code")
			.params(at, campaign.id())
			.query((rs, n) -> freeTokens.put(rs.getString(1), rs.getLong(2)))
			.list();
		Map<String, long[]> held = new HashMap<>();
		this.jdbc.sql("""
				SELECT configuration_code,
				       SUM(CASE WHEN status = 'RESERVED' AND expires_at > ? THEN 1 ELSE 0 END),
				       SUM(CASE WHEN status = 'PAID' THEN 1 ELSE 0 END)
				FROM presale_reservations WHERE campaign_id = ? AND status IN ('RESERVED', 'PAID')
				GROUP BY configuration_code
				""")
			.params(at, campaign.id())
			.query((rs, n) -> held.put(String.valueOf(rs.getString(1)), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		List<LaunchFigures.OfferFigures> offers = new ArrayList<>();
		for (Campaign.Offer offer : campaign.offers()) {
			long[] counts = held.getOrDefault(offer.configurationCode(), new long[2]);
			offers.add(new LaunchFigures.OfferFigures(offer.configurationCode(), offer.cap(),
					offer.cap() == null ? null : freeTokens.getOrDefault(offer.configurationCode(), 0L), counts[0],
					counts[1]));
		}
		return offers;
	}

}
