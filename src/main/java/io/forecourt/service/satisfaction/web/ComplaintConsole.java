package io.forecourt.service.satisfaction.web;

import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.satisfaction.Complaint;
import io.forecourt.service.satisfaction.ComplaintDesk;
import io.forecourt.service.satisfaction.ComplaintStatus;
import io.forecourt.service.workshop.ServiceDealers;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint queue with its SLA countdowns (like the lead queue's), and a complaint's
 * page where the advisor or manager records the first response and the resolution.
 */
@ConsoleController
@RequestMapping(ComplaintConsole.PATH)
class ComplaintConsole {

	static final String PATH = "/service/complaints";

	private final ComplaintDesk desk;

	private final ServiceDealers dealers;

	private final Clock clock;

	ComplaintConsole(ComplaintDesk desk, ServiceDealers dealers, Clock clock) {
		this.desk = desk;
		this.dealers = dealers;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @Nullable ComplaintStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("complaints", this.desk.list(dealerId, status, new PageRequest(page, 50)));
		model.addAttribute("dealers", this.dealers.visibleDealers());
		model.addAttribute("dealerId", dealerId);
		model.addAttribute("status", status);
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("now", this.clock.instant());
		return "service/satisfaction-complaints";
	}

	@GetMapping("/{id}")
	String complaint(@PathVariable UUID id, Model model) {
		Complaint complaint = this.desk.get(id);
		model.addAttribute("complaint", complaint);
		model.addAttribute("dealer", this.dealers.network().dealer(complaint.dealerId()).orElse(null));
		model.addAttribute("canWrite", CurrentAccess.can(Permission.SERVICE_WRITE));
		model.addAttribute("now", this.clock.instant());
		return "service/satisfaction-complaint";
	}

	@PostMapping("/{id}/response")
	String respond(@PathVariable UUID id, @RequestParam(defaultValue = "") String response,
			RedirectAttributes redirect) {
		return act(id, redirect, "service-satisfaction.complaint.responded", () -> this.desk.respond(id, response));
	}

	@PostMapping("/{id}/resolve")
	String resolve(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome,
			@RequestParam(defaultValue = "") String resolution, RedirectAttributes redirect) {
		return act(id, redirect, "service-satisfaction.complaint.resolved",
				() -> this.desk.resolve(id, outcome, resolution));
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(done));
		}
		catch (ProblemException ex) {
			if (ex.type().status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger("service-satisfaction.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:" + PATH + "/" + id;
	}

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.type().status().value());
	}

}
