package io.forecourt.network.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.network.domain.DealerAdministration;
import io.forecourt.network.domain.DealerSearch;
import io.forecourt.network.domain.Staff;
import io.forecourt.network.domain.StaffAdministration;
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
 * Console pages for dealer staff: a searchable list (phones masked without the
 * personal-data permission, whose views the service audits), hiring and revising.
 */
@ConsoleController
@RequestMapping("/staff")
class StaffConsole {

	private final StaffAdministration staff;

	private final DealerAdministration dealers;

	private final FormValidation validation;

	StaffConsole(StaffAdministration staff, DealerAdministration dealers, FormValidation validation) {
		this.staff = staff;
		this.dealers = dealers;
		this.validation = validation;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable Boolean active, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		StaffFilter filter = new StaffFilter(q, dealerId, role, active);
		model.addAttribute("filter", filter);
		model.addAttribute("results", this.staff.search(filter.search(), new PageRequest(page, DealerConsole.PAGE_SIZE))
			.map(StaffApi.StaffView::of));
		model.addAttribute("dealers", visibleDealers(locale));
		model.addAttribute("roles", Staff.DEALER_ROLES);
		model.addAttribute("canWrite", CurrentAccess.can(Permission.STAFF_WRITE));
		return Htmx.pageOrFragment(request, response, "network/staff", "results");
	}

	@GetMapping("/new")
	String newMember(@RequestParam(required = false) @Nullable UUID dealerId, Locale locale, Model model) {
		NetworkConsoleAccess.require(Permission.STAFF_WRITE);
		return form(model, StaffForm.blank(dealerId), null, errors(locale), locale);
	}

	@PostMapping
	String create(@ModelAttribute("form") StaffForm form, BindingResult binding, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		NetworkConsoleAccess.require(Permission.STAFF_WRITE);
		FormErrors errors = this.validation.check(form, binding, locale, StaffForm.FIELDS);
		if (form.dealerId() == null) {
			errors.fieldMessage("dealerId", "network.form.required");
		}
		Staff.StaffDetails details = details(form, errors);
		if (details != null && !errors.any()) {
			try {
				Staff member = this.staff.hire(form.dealerId(), details);
				redirect.addFlashAttribute(Flash.ATTRIBUTE,
						Flash.success("network.staff.saved.created", details.name()));
				return "redirect:/staff?dealerId=" + member.dealerId();
			}
			catch (ProblemException ex) {
				errors.problem(ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model, form, null, errors, locale);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Locale locale, Model model) {
		NetworkConsoleAccess.require(Permission.STAFF_WRITE);
		Staff member = this.staff.get(id);
		return form(model, StaffForm.of(member), member, errors(locale), locale);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") StaffForm form, BindingResult binding, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		NetworkConsoleAccess.require(Permission.STAFF_WRITE);
		Staff current = this.staff.get(id);
		FormErrors errors = this.validation.check(form, binding, locale, StaffForm.FIELDS);
		if (form.version() == null) {
			errors.globalMessage("network.form.stale");
		}
		Staff.StaffDetails details = details(form, errors);
		if (details != null && !errors.any()) {
			try {
				this.staff.revise(id, form.version(), details, form.isActive());
				redirect.addFlashAttribute(Flash.ATTRIBUTE,
						Flash.success("network.staff.saved.updated", details.name()));
				return "redirect:/staff?dealerId=" + current.dealerId();
			}
			catch (ProblemException ex) {
				if (ex.type() == ProblemType.PRECONDITION_FAILED) {
					errors.globalMessage("network.form.stale");
				}
				else {
					errors.problem(ex);
				}
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model, form, current, errors, locale);
	}

	private static Staff.@Nullable StaffDetails details(StaffForm form, FormErrors errors) {
		if (errors.has("name") || errors.has("phone")) {
			// Missing name or phone are already explained; converting would only repeat
			// it.
			return null;
		}
		try {
			return form.details();
		}
		catch (ProblemException ex) {
			errors.problem(ex);
			return null;
		}
	}

	private String form(Model model, StaffForm form, @Nullable Staff member, FormErrors errors, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("memberId", member == null ? null : member.id());
		model.addAttribute("dealers", visibleDealers(locale));
		model.addAttribute("roles", Staff.DEALER_ROLES);
		model.addAttribute("errors", errors);
		return "network/staff-form";
	}

	private FormErrors errors(Locale locale) {
		return this.validation.none(locale, StaffForm.FIELDS);
	}

	/**
	 * The dealers the user can see (their scope decides), by id, as "code name"; the
	 * console lists at most one page of {@link PageRequest#MAX_SIZE} of them.
	 */
	private Map<UUID, String> visibleDealers(Locale locale) {
		Map<UUID, String> names = new LinkedHashMap<>();
		this.dealers.search(DealerSearch.everything(), new PageRequest(0, PageRequest.MAX_SIZE))
			.items()
			.forEach((dealer) -> names.put(dealer.id(),
					dealer.code() + " " + Names.pick(locale, dealer.profile().nameZh(), dealer.profile().nameEn())));
		return names;
	}

}
