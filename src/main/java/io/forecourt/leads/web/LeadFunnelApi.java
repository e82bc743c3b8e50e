package io.forecourt.leads.web;

import java.util.Locale;

import io.forecourt.leads.funnel.FunnelReport;
import io.forecourt.leads.funnel.FunnelRequest;
import io.forecourt.leads.funnel.LeadFunnel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lead funnel as JSON, or as CSV for spreadsheets with {@code Accept: text/csv}.
 * Parameters arrive as text so one 400 names every invalid one.
 */
@RestController
@Tag(name = "Lead funnel", description = "How far the leads captured in a period got, by channel, dealer,"
		+ " consultant or model, with conversion rates")
class LeadFunnelApi {

	static final String PATH = "/api/v1/lead-funnel";

	private final LeadFunnel funnel;

	LeadFunnelApi(LeadFunnel funnel) {
		this.funnel = funnel;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The funnel capture → valid → contacted → store visit → test drive → order → delivery of"
			+ " the leads captured from `from` to `to` (local dates in Asia/Shanghai, both included, at most 366"
			+ " days; default the last 30 days), within your scope. Each stage counts the leads that got at least"
			+ " that far; rates are decimals to 4 places, null when the stage before is empty. Captured counts"
			+ " every lead, invalid and junk included; `duplicates` counts further arrivals attached to those"
			+ " leads. With `period`, every group gets a series by period of capture (cohorts: how far the"
			+ " leads captured in that period have got by now).")
	FunnelReport funnel(@Parameter(example = "2026-11-01") @RequestParam(required = false) @Nullable String from,
			@Parameter(example = "2026-11-30") @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "channel | dealer | consultant | model | none (default)") @RequestParam(
					required = false) @Nullable String groupBy,
			@Parameter(description = "day | week (Monday to Sunday) | month; none by default") @RequestParam(
					required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String dealerId,
			@Parameter(description = "model of interest, ignoring case") @RequestParam(
					required = false) @Nullable String model,
			Locale locale) {
		return this.funnel.report(
				FunnelRequest.parse(from, to, groupBy, period, channel, dealerId, model, this.funnel.today()), locale);
	}

	@GetMapping(path = PATH, produces = "text/csv")
	@Operation(summary = "The same funnel as CSV (UTF-8 with a byte order mark): one row per group, or per group"
			+ " and period; text cells that a spreadsheet would run as a formula are prefixed with '")
	ResponseEntity<String> csv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String groupBy,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String dealerId,
			@RequestParam(required = false) @Nullable String model, Locale locale) {
		return LeadFunnelCsv.response(funnel(from, to, groupBy, period, channel, dealerId, model, locale));
	}

}
