package io.forecourt.network.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.network.domain.DealerAdministration;
import io.forecourt.network.domain.DealerSearch;
import io.forecourt.network.domain.Region;
import io.forecourt.network.domain.RegionAdministration;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages for regions: the list with dealer counts, creating and renaming. */
@ConsoleController
@RequestMapping("/regions")
class RegionConsole {

	private final RegionAdministration regions;

	private final DealerAdministration dealers;

	private final FormValidation validation;

	RegionConsole(RegionAdministration regions, DealerAdministration dealers, FormValidation validation) {
		this.regions = regions;
		this.dealers = dealers;
		this.validation = validation;
	}

	@GetMapping
	String list(Locale locale, Model model) {
		List<RegionRow> rows = this.regions.list().stream().map((region) -> row(region, locale)).toList();
		model.addAttribute("regions", rows);
		model.addAttribute("canWrite", CurrentAccess.can(Permission.NETWORK_WRITE));
		return "network/regions";
	}

	@GetMapping("/new")
	String newRegion(Locale locale, Model model) {
		NetworkConsoleAccess.require(Permission.NETWORK_WRITE);
		return form(model, RegionForm.blank(), null, errors(locale));
	}

	@PostMapping
	String create(@ModelAttribute("form") RegionForm form, BindingResult binding, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		NetworkConsoleAccess.require(Permission.NETWORK_WRITE);
		FormErrors errors = this.validation.check(form, binding, locale, RegionForm.FIELDS);
		form.checkCode(errors);
		if (!errors.any()) {
			try {
				Region region = this.regions.create(form.code().strip(), form.nameZh().strip(), form.nameEn().strip());
				redirect.addFlashAttribute(Flash.ATTRIBUTE,
						Flash.success("network.region.saved.created", region.code()));
				return "redirect:/regions";
			}
			catch (ProblemException ex) {
				rejected(ex, errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model, form, null, errors);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Locale locale, Model model) {
		NetworkConsoleAccess.require(Permission.NETWORK_WRITE);
		Region region = this.regions.get(id);
		return form(model, RegionForm.of(region), region, errors(locale));
	}

	@PostMapping("/{id}")
	String rename(@PathVariable UUID id, @ModelAttribute("form") RegionForm form, BindingResult binding, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		NetworkConsoleAccess.require(Permission.NETWORK_WRITE);
		Region current = this.regions.get(id);
		FormErrors errors = this.validation.check(form, binding, locale, RegionForm.FIELDS);
		if (form.version() == null) {
			errors.globalMessage("network.form.stale");
		}
		if (!errors.any()) {
			try {
				this.regions.rename(id, form.version(), form.nameZh().strip(), form.nameEn().strip());
				redirect.addFlashAttribute(Flash.ATTRIBUTE,
						Flash.success("network.region.saved.updated", current.code()));
				return "redirect:/regions";
			}
			catch (ProblemException ex) {
				rejected(ex, errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model, form, current, errors);
	}

	private static void rejected(ProblemException ex, FormErrors errors) {
		if (ex.type() == ProblemType.PRECONDITION_FAILED) {
			errors.globalMessage("network.form.stale");
		}
		else if (ex.type() == ProblemType.DUPLICATE) {
			errors.fieldMessage("code", "network.region.code.taken");
		}
		else {
			errors.problem(ex);
		}
	}

	private String form(Model model, RegionForm form, @Nullable Region region, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("region", region == null ? null : region.code());
		model.addAttribute("regionId", region == null ? null : region.id());
		model.addAttribute("errors", errors);
		return "network/region-form";
	}

	private FormErrors errors(Locale locale) {
		return this.validation.none(locale, RegionForm.FIELDS);
	}

	private RegionRow row(Region region, Locale locale) {
		long dealerCount = this.dealers.search(new DealerSearch(null, region.id(), null, null), new PageRequest(0, 1))
			.totalItems();
		return new RegionRow(region.id(), region.code(), Names.pick(locale, region.nameZh(), region.nameEn()),
				Names.other(locale, region.nameZh(), region.nameEn()), dealerCount, region.updatedAt());
	}

	/** A region as the list shows it; the dealer count is within the viewer's scope. */
	record RegionRow(UUID id, String code, String name, String otherName, long dealers, java.time.Instant updatedAt) {
	}

}
