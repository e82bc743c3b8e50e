package io.forecourt.network.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.network.DealerStatus;
import io.forecourt.network.domain.Dealer;
import io.forecourt.network.domain.DealerAdministration;
import io.forecourt.network.domain.DealerProfile;
import io.forecourt.network.domain.Region;
import io.forecourt.network.domain.RegionAdministration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console pages for dealers: a searchable list whose results htmx refreshes, a detail
 * page, and the form to register or revise a dealer (Post/Redirect/Get; a rejected form
 * comes back with 422 and its errors at the fields). Permissions and scope are the
 * services' business; the pages only hide what the user could not do anyway.
 */
@ConsoleController
@RequestMapping("/dealers")
class DealerConsole {

	static final int PAGE_SIZE = 10;

	private final DealerAdministration dealers;

	private final RegionAdministration regions;

	private final FormValidation validation;

	DealerConsole(DealerAdministration dealers, RegionAdministration regions, FormValidation validation) {
		this.dealers = dealers;
		this.regions = regions;
		this.validation = validation;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID regionId,
			@RequestParam(required = false) @Nullable String cityCode,
			@RequestParam(required = false) @Nullable DealerStatus status, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		DealerFilter filter = new DealerFilter(q, regionId, cityCode, status);
		Map<UUID, String> regionNames = regionNames(locale);
		Page<DealerDetails> found = this.dealers.search(filter.search(), new PageRequest(page, PAGE_SIZE))
			.map((dealer) -> DealerDetails.of(dealer, regionNames, locale));
		model.addAttribute("filter", filter);
		model.addAttribute("regions", regionNames);
		model.addAttribute("statuses", DealerStatus.values());
		model.addAttribute("results", found);
		model.addAttribute("canWrite", CurrentAccess.can(Permission.NETWORK_WRITE));
		return Htmx.pageOrFragment(request, response, "network/dealers", "results");
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Locale locale, Model model) {
		model.addAttribute("dealer", DealerDetails.of(this.dealers.get(id), regionNames(locale), locale));
		model.addAttribute("canWrite", CurrentAccess.can(Permission.NETWORK_WRITE));
		return "network/dealer";
	}

	@GetMapping("/new")
	String newDealer(@RequestParam(required = false) @Nullable UUID regionId, Locale locale, Model model) {
		NetworkConsoleAccess.require(Permission.NETWORK_WRITE);
		return form(model, DealerForm.blank(regionId), null, noErrors(locale), locale);
	}

	@PostMapping
	String create(@ModelAttribute("form") DealerForm form, BindingResult binding, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		NetworkConsoleAccess.require(Permission.NETWORK_WRITE);
		FormErrors errors = this.validation.check(form, binding, locale, DealerForm.FIELDS);
		form.checkCode(errors);
		DealerProfile profile = profile(form, errors);
		if (profile != null && !errors.any()) {
			try {
				Dealer dealer = this.dealers.register(form.code().strip(), form.regionId(), profile);
				redirect.addFlashAttribute(Flash.ATTRIBUTE,
						Flash.success("network.dealer.saved.created", dealer.code()));
				return "redirect:/dealers/" + dealer.id();
			}
			catch (ProblemException ex) {
				rejected(ex, errors);
			}
		}
		return rejectedForm(model, form, null, errors, locale, response);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Locale locale, Model model) {
		NetworkConsoleAccess.require(Permission.NETWORK_WRITE);
		Dealer dealer = this.dealers.get(id);
		return form(model, DealerForm.of(dealer), dealer, noErrors(locale), locale);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") DealerForm form, BindingResult binding, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		NetworkConsoleAccess.require(Permission.NETWORK_WRITE);
		Dealer current = this.dealers.get(id);
		FormErrors errors = this.validation.check(form, binding, locale, DealerForm.FIELDS);
		DealerProfile profile = profile(form, errors);
		if (form.version() == null) {
			errors.globalMessage("network.form.stale");
		}
		if (profile != null && !errors.any()) {
			try {
				DealerStatus status = form.status() == null ? current.status() : form.status();
				this.dealers.revise(id, form.version(), form.regionId(), profile, status);
				redirect.addFlashAttribute(Flash.ATTRIBUTE,
						Flash.success("network.dealer.saved.updated", current.code()));
				return "redirect:/dealers/" + id;
			}
			catch (ProblemException ex) {
				rejected(ex, errors);
			}
		}
		return rejectedForm(model, form, current, errors, locale, response);
	}

	/** The profile, or {@code null} after recording why the input does not make one. */
	private static @Nullable DealerProfile profile(DealerForm form, FormErrors errors) {
		boolean hoursOk = form.checkHours(errors);
		try {
			return form.input().toProfile();
		}
		catch (ProblemException ex) {
			// Days already marked one by one need no second, vaguer message for the
			// table.
			errors.problem(ex, (problem) -> hoursOk || !problem.field().equals("openingHours"));
			return null;
		}
	}

	private static void rejected(ProblemException ex, FormErrors errors) {
		if (ex.type() == ProblemType.PRECONDITION_FAILED) {
			errors.globalMessage("network.form.stale");
		}
		else if (ex.type() == ProblemType.DUPLICATE) {
			errors.fieldMessage("code", "network.dealer.code.taken");
		}
		else {
			errors.problem(ex);
		}
	}

	private String rejectedForm(Model model, DealerForm form, @Nullable Dealer dealer, FormErrors errors, Locale locale,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model, form, dealer, errors, locale);
	}

	private String form(Model model, DealerForm form, @Nullable Dealer dealer, FormErrors errors, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("dealer", dealer == null ? null : DealerDetails.of(dealer, Map.of(), locale));
		model.addAttribute("errors", errors);
		model.addAttribute("regions", regionNames(locale));
		model.addAttribute("statuses", DealerStatus.values());
		model.addAttribute("days", DealerForm.DAYS);
		return "network/dealer-form";
	}

	private FormErrors noErrors(Locale locale) {
		return this.validation.none(locale, DealerForm.FIELDS);
	}

	/** The visible regions by id, named in the viewer's language, in code order. */
	private Map<UUID, String> regionNames(Locale locale) {
		List<Region> visible = this.regions.list();
		return visible.stream()
			.collect(Collectors.toMap(Region::id, (region) -> Names.pick(locale, region.nameZh(), region.nameEn()),
					(a, b) -> a, java.util.LinkedHashMap::new));
	}

}
