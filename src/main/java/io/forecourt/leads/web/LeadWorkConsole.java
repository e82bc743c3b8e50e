package io.forecourt.leads.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.leads.followup.DefeatDecision;
import io.forecourt.leads.followup.LeadDefeat;
import io.forecourt.leads.followup.LeadDefeats;
import io.forecourt.leads.followup.LeadFollowUps;
import io.forecourt.leads.followup.LeadRegrading;
import io.forecourt.leads.followup.NewFollowUp;
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
 * Working a lead from the console: logging follow-ups, re-grading and proposing a defeat
 * on the lead's page, and the manager's queue of defeat proposals. Each form posts and
 * comes back to its page with what happened (Post/Redirect/Get); the services decide who
 * may do what.
 */
@ConsoleController
@RequestMapping("/leads")
class LeadWorkConsole {

	private final LeadFollowUps followUps;

	private final LeadRegrading regrading;

	private final LeadDefeats defeats;

	private final LeadConsoleNames names;

	/** The zone a time typed into a form is meant in. */
	private final ZoneId zone;

	LeadWorkConsole(LeadFollowUps followUps, LeadRegrading regrading, LeadDefeats defeats, LeadConsoleNames names,
			@Value("${forecourt.leads.routing.zone:Asia/Shanghai}") ZoneId zone) {
		this.followUps = followUps;
		this.regrading = regrading;
		this.defeats = defeats;
		this.names = names;
		this.zone = zone;
	}

	@PostMapping("/{id}/follow-ups")
	String logFollowUp(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String nextActionAt, RedirectAttributes redirect) {
		return act(id, redirect, "leads.followup.logged", () -> this.followUps.log(id,
				new NewFollowUp(kind, outcome.isBlank() ? null : outcome, note, null, localTime(nextActionAt))));
	}

	@PostMapping("/{id}/grade")
	String regrade(@PathVariable UUID id, @RequestParam(defaultValue = "") String grade,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "leads.grade.changed", () -> this.regrading.regrade(id, grade, reason));
	}

	@PostMapping("/{id}/defeat-proposal")
	String proposeDefeat(@PathVariable UUID id, @RequestParam(defaultValue = "") String reasonCode,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return act(id, redirect, "leads.defeat.proposed", () -> this.defeats.propose(id, reasonCode, note));
	}

	@GetMapping("/defeats")
	String defeatQueue(Locale locale, Model model) {
		List<LeadDefeat> pending = this.defeats.find(DefeatDecision.PENDING, null, new PageRequest(0, 100)).items();
		model.addAttribute("pending", pending);
		model.addAttribute("reasons", reasonNames(this.defeats, locale));
		model.addAttribute("dealers", this.names.dealers(pending.stream().map(LeadDefeat::dealerId).toList(), locale));
		return "leads/defeats";
	}

	@PostMapping("/defeats/{defeatId}/approval")
	String approve(@PathVariable UUID defeatId, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return decide(redirect, "leads.defeat.approved", () -> this.defeats.approve(defeatId, note));
	}

	@PostMapping("/defeats/{defeatId}/return")
	String giveBack(@PathVariable UUID defeatId, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return decide(redirect, "leads.defeat.returned", () -> this.defeats.giveBack(defeatId, note));
	}

	/** Reason code to its name in the viewer's language. */
	static Map<String, String> reasonNames(LeadDefeats defeats, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		defeats.reasons()
			.forEach(r -> names.put(r.code(), locale.getLanguage().equals("zh") ? r.nameZh() : r.nameEn()));
		return names;
	}

	private String act(UUID leadId, RedirectAttributes redirect, String success, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(success));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger("leads.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:/leads/" + leadId;
	}

	private String decide(RedirectAttributes redirect, String success, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(success));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger("leads.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:/leads/defeats";
	}

	/** A datetime-local field's value, meant in the business zone; blank for none. */
	private @Nullable Instant localTime(String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(this.zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw ProblemException.validation("nextActionAt", "is not a date and time");
		}
	}

}
