package io.forecourt.sales.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.catalog.CatalogAdministration;
import io.forecourt.sales.catalog.CatalogItem;
import io.forecourt.sales.catalog.CatalogRule;
import io.forecourt.sales.catalog.ChoiceKind;
import io.forecourt.sales.catalog.Price;
import io.forecourt.sales.catalog.RuleType;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * HQ's catalog administration: every item with today's prices, each item's price history,
 * and the rules; add a dated price, add or remove a rule. A refused form comes back with
 * 422 and the reasons, having written nothing.
 */
@ConsoleController
@RequestMapping("/sales/catalog")
@PreAuthorize("hasAuthority('PERM_CATALOG_WRITE')")
class CatalogConsole {

	private final CatalogAdministration catalog;

	CatalogConsole(CatalogAdministration catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	String overview(Model model) {
		List<CatalogItem> items = this.catalog.items();
		model.addAttribute("models", items.stream().filter(i -> i.kind() == ChoiceKind.MODEL).toList());
		model.addAttribute("trims", items.stream().filter(i -> i.kind() == ChoiceKind.TRIM).toList());
		model.addAttribute("options", items.stream().filter(i -> i.kind().option()).toList());
		model.addAttribute("priceable", items.stream().filter(i -> i.kind() != ChoiceKind.MODEL).toList());
		model.addAttribute("items", items);
		model.addAttribute("prices", this.catalog.pricesOn(null));
		model.addAttribute("rules", this.catalog.rules());
		model.addAttribute("ruleTypes", RuleType.values());
		model.addAttribute("today", this.catalog.today());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "sales/catalog";
	}

	@GetMapping("/items/{code}")
	String item(@PathVariable String code, Model model) {
		CatalogItem item = this.catalog.item(code);
		List<Price> history = this.catalog.prices(item.code());
		List<CatalogRule> rules = this.catalog.rules()
			.stream()
			.filter(r -> r.subjectCode().equals(item.code()) || r.objectCode().equals(item.code()))
			.toList();
		model.addAttribute("item", item);
		model.addAttribute("history", history);
		model.addAttribute("rules", rules);
		model.addAttribute("today", this.catalog.today());
		return "sales/catalog-item";
	}

	@PostMapping("/prices")
	String addPrice(@RequestParam(defaultValue = "") String itemCode,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil,
			@RequestParam(required = false) @Nullable BigDecimal msrp,
			@RequestParam(required = false) @Nullable BigDecimal dealerPrice, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			Price price = this.catalog.addPrice(itemCode, validFrom, validUntil, msrp, dealerPrice);
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.success("sales-catalog.admin.price-added", price.itemCode(), price.validFrom().toString()));
			return "redirect:/sales/catalog/items/" + price.itemCode();
		}
		catch (ProblemException ex) {
			return refused(ex, model, response);
		}
	}

	@PostMapping("/rules")
	String addRule(@RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String subjectCode,
			@RequestParam(defaultValue = "") String objectCode, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			CatalogRule rule = this.catalog.addRule(type, subjectCode, objectCode);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sales-catalog.admin.rule-added",
					rule.type().name(), rule.subjectCode(), rule.objectCode()));
			return "redirect:/sales/catalog#rules";
		}
		catch (ProblemException ex) {
			return refused(ex, model, response);
		}
	}

	@PostMapping("/rules/{id}/delete")
	String removeRule(@PathVariable long id, RedirectAttributes redirect) {
		CatalogRule rule = this.catalog.rule(id);
		this.catalog.removeRule(id);
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sales-catalog.admin.rule-removed",
				rule.type().name(), rule.subjectCode(), rule.objectCode()));
		return "redirect:/sales/catalog#rules";
	}

	/** The overview again with what was wrong (422, as forms do); nothing was written. */
	private String refused(ProblemException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		List<String> problems = ex.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
				? errors.stream()
					.filter(ProblemException.FieldProblem.class::isInstance)
					.map(e -> ((ProblemException.FieldProblem) e).field() + ": "
							+ ((ProblemException.FieldProblem) e).message())
					.toList()
				: List.of(ex.getMessage());
		model.addAttribute("problems", problems);
		return overview(model);
	}

}
