package io.forecourt.sales.testdrives.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.network.StaffSummary;
import io.forecourt.sales.testdrives.CarChange;
import io.forecourt.sales.testdrives.CarStatus;
import io.forecourt.sales.testdrives.ConsultantAbsences;
import io.forecourt.sales.testdrives.DealerAccess;
import io.forecourt.sales.testdrives.Fleet;
import io.forecourt.sales.testdrives.NewAbsence;
import io.forecourt.sales.testdrives.NewCar;
import io.forecourt.sales.testdrives.SlotLengths;
import io.forecourt.sales.testdrives.TestDrivePolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dealer manager's fleet page: the test-drive cars with their status, consultants'
 * days off, and the slot length.
 */
@ConsoleController
@RequestMapping(TestDriveFleetConsole.PATH)
@PreAuthorize("hasAuthority('PERM_SALES_MANAGE')")
class TestDriveFleetConsole {

	static final String PATH = "/sales/test-drive-fleet";

	private final DealerAccess access;

	private final Fleet fleet;

	private final ConsultantAbsences absences;

	private final SlotLengths lengths;

	private final DealerNetwork network;

	private final TestDrivePolicy policy;

	private final Clock clock;

	TestDriveFleetConsole(DealerAccess access, Fleet fleet, ConsultantAbsences absences, SlotLengths lengths,
			DealerNetwork network, TestDrivePolicy policy, Clock clock) {
		this.access = access;
		this.fleet = fleet;
		this.absences = absences;
		this.lengths = lengths;
		this.network = network;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable UUID dealerId, Model model) {
		List<DealerSummary> dealers = this.access.visibleDealers();
		DealerSummary dealer = dealerId != null ? this.access.visible(dealerId) : defaultDealer(dealers);
		model.addAttribute("dealers", dealers);
		model.addAttribute("dealer", dealer);
		model.addAttribute("statuses", CarStatus.values());
		if (dealer != null) {
			LocalDate today = this.clock.instant().atZone(this.policy.zone()).toLocalDate();
			List<StaffSummary> consultants = this.network.activeStaff(dealer.id(), Role.SALES_CONSULTANT);
			model.addAttribute("cars", this.fleet.cars(dealer.id(), true));
			model.addAttribute("consultants", consultants);
			model.addAttribute("names",
					consultants.stream().collect(Collectors.toMap(StaffSummary::id, StaffSummary::name, (a, b) -> a)));
			model.addAttribute("absences", this.absences.of(dealer.id(), today, today.plusDays(60)));
			model.addAttribute("slotMinutes", this.lengths.slotMinutes(dealer.id()));
		}
		return "sales/test-drive-fleet";
	}

	@PostMapping("/cars")
	String register(@RequestParam UUID dealerId, @RequestParam(defaultValue = "") String vin,
			@RequestParam(defaultValue = "") String modelCode, @RequestParam(defaultValue = "") String trimCode,
			@RequestParam(defaultValue = "") String plate, RedirectAttributes redirect) {
		return act(dealerId, redirect, "sales-testdrives.fleet.car-added",
				() -> this.fleet.register(new NewCar(dealerId, vin, modelCode, trimCode, plate)));
	}

	@PostMapping("/cars/{id}")
	String change(@PathVariable UUID id, @RequestParam UUID dealerId, @RequestParam long version,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String plate,
			RedirectAttributes redirect) {
		return act(dealerId, redirect, "sales-testdrives.fleet.car-changed",
				() -> this.fleet.change(id, new CarChange(status, plate), version));
	}

	@PostMapping("/absences")
	String absence(@RequestParam UUID dealerId, @RequestParam(required = false) @Nullable UUID staffId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate untilDate,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(dealerId, redirect, "sales-testdrives.fleet.absence-added",
				() -> this.absences.record(new NewAbsence(dealerId, staffId, date, untilDate, null, null, reason)));
	}

	@PostMapping("/absences/{id}/delete")
	String deleteAbsence(@PathVariable UUID id, @RequestParam UUID dealerId, RedirectAttributes redirect) {
		return act(dealerId, redirect, "sales-testdrives.fleet.absence-deleted", () -> this.absences.delete(id));
	}

	@PostMapping("/settings")
	String settings(@RequestParam UUID dealerId, @RequestParam(required = false) @Nullable Integer slotMinutes,
			RedirectAttributes redirect) {
		return act(dealerId, redirect, "sales-testdrives.fleet.settings-saved",
				() -> this.lengths.change(dealerId, slotMinutes));
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
					Flash.danger("sales-testdrives.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:" + PATH + "?dealerId=" + dealerId;
	}

	private @Nullable DealerSummary defaultDealer(List<DealerSummary> dealers) {
		AccessScope scope = CurrentAccess.scope();
		if (scope.level() == AccessScope.Level.DEALER && scope.dealerId() != null) {
			return this.access.visible(scope.dealerId());
		}
		return dealers.isEmpty() ? null : dealers.get(0);
	}

}
