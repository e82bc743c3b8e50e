package io.forecourt.presale.web;

import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.presale.campaigns.CampaignAdministration;
import io.forecourt.presale.campaigns.CampaignView;
import io.forecourt.presale.campaigns.NewCampaign;
import io.forecourt.presale.launch.LaunchDashboard;
import io.forecourt.presale.launch.LaunchFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** HQ's presale campaigns and their live launch figures. */
@RestController
@RequestMapping("/api/v1/presale/campaigns")
@Tag(name = "Presale campaigns", description = "Limited-quota launches: HQ creates them (quota as rows, window,"
		+ " deposit, payment window, per-person limit, regions) and watches them live")
class PresaleCampaignApi {

	private final CampaignAdministration administration;

	private final LaunchDashboard dashboard;

	PresaleCampaignApi(CampaignAdministration administration, LaunchDashboard dashboard) {
		this.administration = administration;
		this.dashboard = dashboard;
	}

	@PostMapping
	@Operation(summary = "Create a campaign (HQ): configurations on sale as catalog share codes of one model, each"
			+ " with an optional cap; quota; opensAt/closesAt; deposit; paymentWindowMinutes; perPersonLimit;"
			+ " idNumberRequired; regionCodes (network regions) and cityCodes (GB/T 2260), both empty for everywhere."
			+ " 201 with the campaign")
	ResponseEntity<CampaignView> create(@RequestBody NewCampaign body, UriComponentsBuilder uris) {
		CampaignView campaign = this.administration.create(body);
		return ResponseEntity.created(uris.path("/api/v1/presale/campaigns/{code}").build(campaign.code()))
			.body(campaign);
	}

	@GetMapping
	@Operation(summary = "Campaigns, latest opening first, with where each stands now (UPCOMING, OPEN, CLOSED)")
	Page<CampaignView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.administration.list(new PageRequest(page, size));
	}

	@GetMapping("/{code}")
	@Operation(summary = "A campaign by its code")
	CampaignView get(@PathVariable String code) {
		return this.administration.get(code);
	}

	@GetMapping("/{code}/dashboard")
	@Operation(summary = "The launch live: units remaining, held unpaid, paid; reservations expired; orders placed;"
			+ " reservations per second over the last 10 s; attempts, answers and rejections by reason (all instances,"
			+ " at most a second behind); participants handed to the lead center, and those still on their way;"
			+ " per configuration")
	LaunchFigures dashboard(@PathVariable String code) {
		return this.dashboard.figures(code);
	}

}
