package io.forecourt.service.workshop.web;

import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.NavEntry;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.workshop.BayKind;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServiceRatings;
import io.forecourt.service.workshop.Skill;
import io.forecourt.service.workshop.Workshop;
import io.forecourt.service.workshop.WorkshopRequests.BayChange;
import io.forecourt.service.workshop.WorkshopRequests.NewBay;
import io.forecourt.service.workshop.WorkshopRequests.NewTechnician;
import io.forecourt.service.workshop.WorkshopRequests.ServiceTypeChange;
import io.forecourt.service.workshop.WorkshopRequests.TechnicianChange;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dealer manager's workshop page: bays and their kinds, technicians and their skills,
 * the service types offered, and the rating HQ keeps; each taken in or out of service.
 */
@ConsoleController
@RequestMapping(WorkshopConsole.PATH)
@PreAuthorize("hasAuthority('PERM_SERVICE_MANAGE')")
class WorkshopConsole {

	static final String PATH = "/service/workshop";

	private final ServiceDealers dealers;

	private final Workshop workshop;

	private final ServiceRatings ratings;

	WorkshopConsole(ServiceDealers dealers, Workshop workshop, ServiceRatings ratings) {
		this.ratings = ratings;
		this.dealers = dealers;
		this.workshop = workshop;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable UUID dealerId, Model model) {
		List<DealerSummary> visible = this.dealers.visibleDealers();
		DealerSummary dealer = dealerId != null ? this.dealers.visible(dealerId) : defaultDealer(visible);
		model.addAttribute("dealers", visible);
		model.addAttribute("dealer", dealer);
		model.addAttribute("kinds", BayKind.values());
		model.addAttribute("skills", Skill.values());
		if (dealer != null) {
			model.addAttribute("bays", this.workshop.bays(dealer.id(), true));
			model.addAttribute("technicians", this.workshop.technicians(dealer.id(), true));
			model.addAttribute("types", this.workshop.serviceTypes(dealer.id(), true));
			model.addAttribute("rating", this.ratings.rating(dealer.id()).orElse(null));
		}
		return "service/workshop";
	}

	@PostMapping("/bays")
	String addBay(@RequestParam UUID dealerId, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
			RedirectAttributes redirect) {
		return act(dealerId, redirect, "service.workshop.bay-added",
				() -> this.workshop.addBay(dealerId, new NewBay(code, name, kind)));
	}

	@PostMapping("/bays/{id}")
	String toggleBay(@PathVariable UUID id, @RequestParam UUID dealerId, @RequestParam long version,
			@RequestParam boolean active, RedirectAttributes redirect) {
		return act(dealerId, redirect, "service.workshop.changed",
				() -> this.workshop.changeBay(id, new BayChange(null, null, active), version));
	}

	@PostMapping("/technicians")
	String addTechnician(@RequestParam UUID dealerId, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable List<String> skills, RedirectAttributes redirect) {
		return act(dealerId, redirect, "service.workshop.technician-added",
				() -> this.workshop.addTechnician(dealerId, new NewTechnician(name, null, skills)));
	}

	@PostMapping("/technicians/{id}")
	String toggleTechnician(@PathVariable UUID id, @RequestParam UUID dealerId, @RequestParam long version,
			@RequestParam boolean active, RedirectAttributes redirect) {
		return act(dealerId, redirect, "service.workshop.changed",
				() -> this.workshop.changeTechnician(id, new TechnicianChange(null, null, active), version));
	}

	@PostMapping("/service-types/standard")
	String addStandard(@RequestParam UUID dealerId, RedirectAttributes redirect) {
		return act(dealerId, redirect, "service.workshop.standard-added",
				() -> this.workshop.addStandardServiceTypes(dealerId));
	}

	@PostMapping("/service-types/{code}")
	String toggleType(@PathVariable String code, @RequestParam UUID dealerId, @RequestParam long version,
			@RequestParam boolean active, RedirectAttributes redirect) {
		return act(dealerId, redirect, "service.workshop.changed", () -> this.workshop.changeServiceType(dealerId, code,
				new ServiceTypeChange(null, null, null, null, null, null, null, active), version));
	}

	private String act(UUID dealerId, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(done));
		}
		catch (ProblemException ex) {
			if (ex.type().status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger("service.workshop.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:" + PATH + "?dealerId=" + dealerId;
	}

	private @Nullable DealerSummary defaultDealer(List<DealerSummary> visible) {
		AccessScope scope = CurrentAccess.scope();
		if (scope.level() == AccessScope.Level.DEALER && scope.dealerId() != null) {
			return this.dealers.visible(scope.dealerId());
		}
		return visible.isEmpty() ? null : visible.get(0);
	}

	/** The workshop page in the console menu (510, managers and HQ). */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavEntry serviceWorkshopNavEntry() {
			return new NavEntry("service.workshop", "service.workshop.nav", PATH, 510, Permission.SERVICE_MANAGE);
		}

	}

	/** A problem the page does not handle itself becomes the console's error page. */
	@ControllerAdvice(assignableTypes = WorkshopConsole.class)
	static class Problems {

		@ExceptionHandler(ProblemException.class)
		void problem(ProblemException ex, HttpServletResponse response) throws java.io.IOException {
			response.sendError(ex.type().status().value());
		}

	}

}
