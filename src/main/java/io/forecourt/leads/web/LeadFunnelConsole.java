package io.forecourt.leads.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.leads.funnel.FunnelGrouping;
import io.forecourt.leads.funnel.FunnelPeriod;
import io.forecourt.leads.funnel.FunnelReport;
import io.forecourt.leads.funnel.FunnelRequest;
import io.forecourt.leads.funnel.FunnelStage;
import io.forecourt.leads.funnel.LeadFunnel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funnel page: filters (dates, breakdown, period, channel) that htmx applies as they
 * change, the total funnel as a bar chart, a table of the groups and one of the periods,
 * and the same as a CSV download. Invalid filters are marked at their fields, no error
 * page. Scope and the permission are the service's business.
 */
@ConsoleController
@RequestMapping(LeadFunnelConsole.PATH)
class LeadFunnelConsole {

	static final String PATH = "/leads/funnel";

	private final LeadFunnel funnel;

	LeadFunnelConsole(LeadFunnel funnel) {
		this.funnel = funnel;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String groupBy,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String channel, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		LeadFunnelFilter filter = LeadFunnelFilter.of(from, to, groupBy, period, channel);
		model.addAttribute("groupings", FunnelGrouping.values());
		model.addAttribute("periods", FunnelPeriod.values());
		model.addAttribute("stages", FunnelStage.values());
		model.addAttribute("maxDays", FunnelRequest.MAX_DAYS);
		try {
			FunnelRequest asked = FunnelRequest.parse(from, to, groupBy, period, channel, null, null,
					this.funnel.today());
			FunnelReport report = this.funnel.report(asked, locale);
			model.addAttribute("filter", filter.resolved(asked));
			model.addAttribute("report", report);
			model.addAttribute("chart", LeadFunnelChart.of(report.total().figures()));
		}
		catch (ProblemException ex) {
			if (ex.type() != ProblemType.VALIDATION) {
				throw ex;
			}
			// Still choosing: say which filter is wrong where the funnel would be.
			model.addAttribute("filter", filter.rejecting(fields(ex)));
			model.addAttribute("report", null);
		}
		return Htmx.pageOrFragment(request, response, "leads/funnel", "results");
	}

	@GetMapping("/export")
	ResponseEntity<String> export(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String groupBy,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String channel, Locale locale) {
		FunnelRequest asked = FunnelRequest.parse(from, to, groupBy, period, channel, null, null, this.funnel.today());
		return LeadFunnelCsv.response(this.funnel.report(asked, locale));
	}

	private static Set<String> fields(ProblemException ex) {
		Set<String> fields = new LinkedHashSet<>();
		if (ex.properties().get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				if (error instanceof ProblemException.FieldProblem problem) {
					fields.add(problem.field());
				}
			}
		}
		return fields;
	}

}
