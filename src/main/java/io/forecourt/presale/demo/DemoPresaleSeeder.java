package io.forecourt.presale.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.presale.campaigns.CampaignAdministration;
import io.forecourt.presale.campaigns.CampaignDirectory;
import io.forecourt.presale.campaigns.NewCampaign;
import io.forecourt.sales.Configurations;
import io.forecourt.sales.PricedConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds one demo presale on the first start of the embedded default: the Huaxia E5 launch
 * ({@value #CODE}), open from that start for thirty days, 2,017 units of two demo catalog
 * configurations (the Performance capped at 200), a 5,000 yuan deposit payable within 15
 * minutes, one reservation per person. Order 400: after the catalog (300), whose demo
 * configurations it sells.
 */
@Component
@Order(400)
@ConditionalOnBooleanProperty("forecourt.demo.enabled")
class DemoPresaleSeeder implements ApplicationRunner {

	static final String CODE = "E5-LAUNCH";

	private static final Logger log = LoggerFactory.getLogger(DemoPresaleSeeder.class);

	private final CampaignAdministration administration;

	private final CampaignDirectory campaigns;

	private final Configurations configurations;

	private final Clock clock;

	DemoPresaleSeeder(CampaignAdministration administration, CampaignDirectory campaigns, Configurations configurations,
			Clock clock) {
		this.administration = administration;
		this.campaigns = campaigns;
		this.configurations = configurations;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.campaigns.all().isEmpty()) {
			return;
		}
		List<NewCampaign.NewOffer> offers = new ArrayList<>();
		this.configurations.configure("E5", "E5-LR", "PEARL-WHITE", "INT-BLACK")
			.map(PricedConfiguration::code)
			.ifPresent(code -> offers.add(new NewCampaign.NewOffer(code, null)));
		this.configurations.configure("E5", "E5-PERF", "CINNABAR-RED", "INT-BLACK")
			.map(PricedConfiguration::code)
			.ifPresent(code -> offers.add(new NewCampaign.NewOffer(code, 200)));
		if (offers.isEmpty()) {
			log.warn("Demo presale not seeded: the demo catalog's E5 cannot be configured");
			return;
		}
		Instant now = this.clock.instant();
		CurrentAccess.asSystem(() -> this.administration.create(new NewCampaign(CODE, "华夏 E5 首发预售",
				"Huaxia E5 launch presale", null, offers, 2_017, now.minus(Duration.ofMinutes(1)),
				now.plus(Duration.ofDays(30)), new BigDecimal("5000"), 15, 1, false, List.of(), List.of())));
		log.info("Seeded the demo presale {}", CODE);
	}

}
