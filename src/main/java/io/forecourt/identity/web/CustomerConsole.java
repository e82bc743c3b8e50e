package io.forecourt.identity.web;

import java.util.List;
import java.util.UUID;

import io.forecourt.identity.domain.CustomerAdministration;
import io.forecourt.identity.domain.CustomerSummaries;
import io.forecourt.identity.domain.CustomerView;
import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customer search (htmx refreshes the results) and the 360 page with its merge actions
 * (Post/Redirect/Get, the outcome as a flash message). Scope, masking and permissions are
 * the services' business; the pages only hide what the user could not do anyway.
 */
@ConsoleController
@RequestMapping("/customers")
class CustomerConsole {

	private final CustomerAdministration customers;

	private final CustomerSummaries summaries;

	CustomerConsole(CustomerAdministration customers, CustomerSummaries summaries) {
		this.customers = customers;
		this.summaries = summaries;
	}

	@GetMapping
	String search(@RequestParam(required = false) @Nullable String by,
			@RequestParam(required = false) @Nullable String q, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		CustomerSearch search = new CustomerSearch(by, q);
		model.addAttribute("search", search);
		model.addAttribute("kinds", CustomerSearch.KINDS);
		model.addAttribute("results", List.of());
		if (!search.blank()) {
			try {
				List<UUID> found = this.customers.find(search.value("phone"), search.value("idNumber"),
						search.value("vin"), search.value("email"), search.value("name"));
				model.addAttribute("results", this.summaries.of(found));
			}
			catch (ProblemException ex) {
				// Typing is still under way more often than not: say what is wrong with
				// the input where the results would be, no error page.
				model.addAttribute("problemKey", ConsoleProblems.key(ex));
				model.addAttribute("problemDetail", ConsoleProblems.detail(ex));
			}
		}
		return Htmx.pageOrFragment(request, response, "identity/customers", "results");
	}

	@GetMapping("/{id}")
	String customer(@PathVariable UUID id, Model model) {
		CustomerView customer = this.customers.view(id);
		model.addAttribute("customer", customer);
		// The id asked for was merged into another customer: the page is the survivor's.
		model.addAttribute("mergedFrom", customer.id().equals(id) ? null : id);
		model.addAttribute("canMerge", CurrentAccess.can(Permission.CUSTOMER_MERGE));
		return "identity/customer";
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam(defaultValue = "") String otherId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		UUID other = parse(otherId);
		if (other == null) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.danger("identity.merge.invalid-id", otherId.strip()));
			return "redirect:/customers/" + id;
		}
		try {
			UUID survivor = this.customers.merge(id, other,
					reason.isBlank() ? "merged at the console" : reason.strip());
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("identity.merge.done"));
			return "redirect:/customers/" + survivor;
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger(ConsoleProblems.key(ex), ConsoleProblems.detail(ex)));
			return "redirect:/customers/" + id;
		}
	}

	@PostMapping("/{id}/unmerge")
	String unmerge(@PathVariable UUID id, @RequestParam UUID mergedId, RedirectAttributes redirect) {
		try {
			this.customers.unmerge(id, mergedId);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("identity.unmerge.done", mergedId.toString()));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger(ConsoleProblems.key(ex), ConsoleProblems.detail(ex)));
		}
		return "redirect:/customers/" + id;
	}

	private static @Nullable UUID parse(String text) {
		try {
			return text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
