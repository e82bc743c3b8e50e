package io.forecourt.service.parts.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.parts.Part;
import io.forecourt.service.parts.PartCatalog;
import io.forecourt.service.parts.PartRequests.NewPart;
import io.forecourt.service.parts.PartUnit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The part master page: every part with its list price today and what supersedes it,
 * searchable; headquarters adds parts from it.
 */
@ConsoleController
@RequestMapping("/service/parts")
class PartCatalogConsole {

	static final int PAGE_SIZE = 20;

	private final PartCatalog catalog;

	PartCatalogConsole(PartCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String search, @RequestParam(defaultValue = "0") int page,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		fill(model, search, page);
		model.addAttribute("form", Map.of());
		return Htmx.pageOrFragment(request, response, "service/parts", "results");
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String partNumber, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "") String listPrice, @RequestParam(defaultValue = "") String supersededBy,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("partNumber", partNumber);
		form.put("nameZh", nameZh);
		form.put("nameEn", nameEn);
		form.put("unit", unit);
		form.put("listPrice", listPrice);
		form.put("supersededBy", supersededBy);
		try {
			Part part = this.catalog
				.create(new NewPart(partNumber, nameZh, nameEn, unit, price(listPrice), null, supersededBy));
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.success("service-parts.master.created", part.partNumber()));
			return "redirect:/service/parts?search=" + part.partNumber();
		}
		catch (ProblemException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			fill(model, null, 0);
			model.addAttribute("form", form);
			model.addAttribute("problem", ex.getMessage());
			return "service/parts";
		}
	}

	private void fill(Model model, @Nullable String search, int page) {
		Page<Part> results = this.catalog.find(search, new PageRequest(page, PAGE_SIZE));
		model.addAttribute("search", search == null ? "" : search);
		model.addAttribute("results", results);
		model.addAttribute("units", PartUnit.values());
		model.addAttribute("canEdit", CurrentAccess.can(Permission.SERVICE_MANAGE) && CurrentAccess.scope().isAll());
	}

	/** The typed price, or a negative one the service rejects when it is not a number. */
	private static @Nullable BigDecimal price(String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			return BigDecimal.ONE.negate();
		}
	}

}
