package io.forecourt.identity.web;

import java.util.List;
import java.util.UUID;

import io.forecourt.identity.domain.CustomerAdministration;
import io.forecourt.identity.domain.CustomerSummaries;
import io.forecourt.identity.domain.CustomerSummaries.CustomerSummary;
import io.forecourt.identity.domain.MergeSuggestions;
import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Review of weak matches (HQ): the two customers side by side, accepted or rejected in
 * place. htmx swaps just the decided row, so the reviewer keeps their place in the list;
 * without JavaScript the buttons post and the page comes back with a flash message.
 */
@ConsoleController
@RequestMapping("/customers/merge-suggestions")
class MergeSuggestionConsole {

	/** Enough for a working session; decided rows leave the list. */
	static final int LIMIT = 100;

	private final CustomerAdministration customers;

	private final CustomerSummaries summaries;

	MergeSuggestionConsole(CustomerAdministration customers, CustomerSummaries summaries) {
		this.customers = customers;
		this.summaries = summaries;
	}

	@GetMapping
	String list(Model model) {
		List<SuggestionRow> rows = this.customers.suggestions(MergeSuggestions.Status.OPEN, LIMIT)
			.stream()
			.map(this::row)
			.toList();
		model.addAttribute("rows", rows);
		return "identity/merge-suggestions";
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		return decide(id, true, model, request, response, redirect);
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable UUID id, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		return decide(id, false, model, request, response, redirect);
	}

	private String decide(UUID id, boolean accept, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		boolean htmx = Htmx.wantsFragment(request);
		try {
			SuggestionRow row = row(this.customers.decide(id, accept));
			if (!htmx) {
				redirect.addFlashAttribute(Flash.ATTRIBUTE,
						Flash.success(accept ? "identity.suggestion.accepted" : "identity.suggestion.rejected"));
				return "redirect:/customers/merge-suggestions";
			}
			model.addAttribute("row", row);
			return Htmx.pageOrFragment(request, response, "identity/merge-suggestions", "row");
		}
		catch (ProblemException ex) {
			// Decided meanwhile in another tab or by a colleague, or gone: say so where
			// the row was.
			if (!htmx) {
				redirect.addFlashAttribute(Flash.ATTRIBUTE,
						Flash.danger(ConsoleProblems.key(ex), ConsoleProblems.detail(ex)));
				return "redirect:/customers/merge-suggestions";
			}
			model.addAttribute("suggestionId", id);
			model.addAttribute("problemKey", ConsoleProblems.key(ex));
			return Htmx.pageOrFragment(request, response, "identity/merge-suggestions", "gone");
		}
	}

	private SuggestionRow row(MergeSuggestions.Suggestion suggestion) {
		return new SuggestionRow(suggestion, summary(suggestion.customerA()), summary(suggestion.customerB()));
	}

	private @Nullable CustomerSummary summary(UUID id) {
		List<CustomerSummary> found = this.summaries.of(List.of(id));
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * A suggestion with both customers as they are now (each as its survivor, so an
	 * accepted pair shows one customer twice).
	 */
	record SuggestionRow(MergeSuggestions.Suggestion suggestion, @Nullable CustomerSummary a,
			@Nullable CustomerSummary b) {

		public boolean open() {
			return this.suggestion.status() == MergeSuggestions.Status.OPEN;
		}

	}

}
