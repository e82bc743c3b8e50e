package io.forecourt.presale.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.campaigns.CampaignAdministration;
import io.forecourt.presale.campaigns.CampaignView;
import io.forecourt.presale.launch.LaunchDashboard;
import io.forecourt.presale.launch.LaunchFigures;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A launch as HQ watches it: the campaign's rules and its live figures. The page polls
 * {@code /figures} every two seconds and swaps in just that fragment, so the numbers move
 * without a reload (the figures are a few aggregate queries, see
 * {@link LaunchDashboard}). Both reads need PRESALE_READ, which the services check; an
 * unknown code is a 404.
 */
@ConsoleController
@RequestMapping("/presale/campaigns/{code}")
class PresaleDashboardConsole {

	static final String TEMPLATE = "presale/dashboard";

	private final CampaignAdministration campaigns;

	private final LaunchDashboard dashboard;

	PresaleDashboardConsole(CampaignAdministration campaigns, LaunchDashboard dashboard) {
		this.campaigns = campaigns;
		this.dashboard = dashboard;
	}

	@GetMapping
	String page(@PathVariable String code, Model model) {
		figures(code, model);
		return TEMPLATE;
	}

	/** Only the figures, whoever asks: this is what the page polls. */
	@GetMapping("/figures")
	String figuresFragment(@PathVariable String code, Model model) {
		figures(code, model);
		return TEMPLATE + " :: figures";
	}

	private void figures(String code, Model model) {
		CampaignView campaign = this.campaigns.get(code);
		model.addAttribute("campaign", campaign);
		model.addAttribute("offersByCode",
				campaign.offers()
					.stream()
					.collect(Collectors.toMap(Campaign.Offer::configurationCode, Function.identity(), (a, b) -> a)));
		LaunchFigures figures = this.dashboard.figures(campaign.code());
		model.addAttribute("figures", figures);
		model.addAttribute("rejected", figures.rejections().values().stream().mapToLong(Long::longValue).sum());
	}

}
