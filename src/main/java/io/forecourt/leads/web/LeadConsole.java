package io.forecourt.leads.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.leads.LeadStatus;
import io.forecourt.leads.board.OperationsBoard;
import io.forecourt.leads.board.WorkQueue;
import io.forecourt.leads.capture.LeadReads;
import io.forecourt.leads.capture.LeadView;
import io.forecourt.leads.followup.FollowUpKind;
import io.forecourt.leads.followup.FollowUpOutcome;
import io.forecourt.leads.followup.LeadDefeats;
import io.forecourt.leads.followup.LeadFollowUps;
import io.forecourt.leads.routing.AssignmentHistory;
import io.forecourt.leads.sla.LeadAlertInbox;
import io.forecourt.leads.routing.LeadHandOver;
import io.forecourt.leads.routing.RoutingOutcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lead center's console: HQ's operations board, the work queue sorted by SLA urgency
 * (with a countdown the browser keeps ticking), and a lead's page with its history and
 * the hand-overs the viewer may make. Permissions and scope are the services' business.
 */
@ConsoleController
@RequestMapping("/leads")
class LeadConsole {

	private final OperationsBoard board;

	private final WorkQueue queue;

	private final LeadReads reads;

	private final AssignmentHistory history;

	private final LeadHandOver handOver;

	private final LeadConsoleNames names;

	private final LeadFollowUps followUps;

	private final LeadDefeats defeats;

	private final LeadAlertInbox alerts;

	private final Clock clock;

	/** The business day of the board, the same as routing's day. */
	private final ZoneId zone;

	LeadConsole(OperationsBoard board, WorkQueue queue, LeadReads reads, AssignmentHistory history,
			LeadHandOver handOver, LeadConsoleNames names, LeadFollowUps followUps, LeadDefeats defeats,
			LeadAlertInbox alerts, Clock clock, @Value("${forecourt.leads.routing.zone:Asia/Shanghai}") ZoneId zone) {
		this.followUps = followUps;
		this.defeats = defeats;
		this.alerts = alerts;
		this.zone = zone;
		this.board = board;
		this.queue = queue;
		this.reads = reads;
		this.history = history;
		this.handOver = handOver;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/board")
	String board(Locale locale, Model model) {
		OperationsBoard.Board today = this.board.today(this.zone);
		model.addAttribute("board", today);
		model.addAttribute("dealers",
				this.names.dealers(today.breaches().stream().map(OperationsBoard.Breach::dealerId).toList(), locale));
		model.addAttribute("canRoute", CurrentAccess.scope().isAll() && CurrentAccess.can(Permission.LEAD_ASSIGN));
		return "leads/board";
	}

	@GetMapping("/queue")
	String queue(Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		List<WorkQueue.Item> items = this.queue.mine();
		List<@Nullable UUID> dealerIds = new ArrayList<>(items.stream().map(WorkQueue.Item::dealerId).toList());
		model.addAttribute("items", items);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("dealers", this.names.dealers(dealerIds, locale));
		model.addAttribute("consultants", this.names.consultants(dealerIds));
		model.addAttribute("showHolder", CurrentAccess.can(Permission.LEAD_ASSIGN));
		model.addAttribute("alerts", CurrentAccess.can(Permission.LEAD_MANAGE)
				? this.alerts.find(false, null, new PageRequest(0, 20)).items() : List.of());
		return Htmx.pageOrFragment(request, response, "leads/queue", "items");
	}

	@PostMapping("/alerts/{alertId}/read")
	String markRead(@PathVariable UUID alertId) {
		this.alerts.markRead(alertId);
		return "redirect:/leads/queue";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Locale locale, Model model) {
		LeadView lead = this.reads.view(id);
		model.addAttribute("lead", lead);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("assignments", this.history.of(id));
		List<@Nullable UUID> dealerIds = new ArrayList<>();
		dealerIds.add(lead.dealerId());
		this.history.of(id).forEach(a -> dealerIds.add(a.dealerId()));
		model.addAttribute("dealers", this.names.dealers(dealerIds, locale));
		model.addAttribute("consultants", this.names.consultants(dealerIds));
		boolean open = lead.status().isOpen();
		boolean mayAssign = CurrentAccess.can(Permission.LEAD_ASSIGN);
		model.addAttribute("reassignTo",
				mayAssign && open && lead.dealerId() != null ? this.names.consultantsOf(lead.dealerId()) : List.of());
		model.addAttribute("canRoute", mayAssign && CurrentAccess.scope().isAll() && lead.dealerId() == null
				&& lead.status() == LeadStatus.NEW && lead.customerId() != null);
		model.addAttribute("followUps", this.followUps.list(id, new PageRequest(0, 50)).items());
		boolean mayWork = CurrentAccess.can(Permission.LEAD_WRITE);
		model.addAttribute("canFollowUp",
				mayWork && (lead.status() == LeadStatus.ASSIGNED || lead.status() == LeadStatus.CONTACTED));
		model.addAttribute("canDecideFurther", mayWork && lead.status() == LeadStatus.CONTACTED);
		model.addAttribute("kinds", FollowUpKind.values());
		model.addAttribute("outcomes", FollowUpOutcome.values());
		model.addAttribute("reasons", LeadWorkConsole.reasonNames(this.defeats, locale));
		// the sales center's order form, with this lead and its customer filled in
		model.addAttribute("canOrder", CurrentAccess.can(Permission.SALES_WRITE) && lead.customerId() != null
				&& (open || lead.status() == LeadStatus.DEFEATED));
		return "leads/detail";
	}

	@PostMapping("/{id}/assignment")
	String reassign(@PathVariable UUID id, @RequestParam UUID consultantId,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			this.handOver.reassign(id, consultantId, note);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("leads.lead.reassigned"));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger("leads.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:/leads/" + id;
	}

	@PostMapping("/{id}/routing")
	String route(@PathVariable UUID id, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
		try {
			RoutingOutcome outcome = this.handOver.routeNow(id);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, outcome.routed() ? Flash.success("leads.lead.routed")
					: Flash.warning("leads.lead.unrouted", outcome.explanation()));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger("leads.problem", String.valueOf(ex.getMessage())));
		}
		return "board".equals(back) ? "redirect:/leads/board" : "redirect:/leads/" + id;
	}

}
