package io.forecourt.service.repairs.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.console.Htmx;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.appointments.Appointment;
import io.forecourt.service.appointments.AppointmentReads;
import io.forecourt.service.appointments.AppointmentStatus;
import io.forecourt.service.repairs.RepairOrder;
import io.forecourt.service.repairs.RepairOrderDesk;
import io.forecourt.service.repairs.RepairOrderIntake;
import io.forecourt.service.repairs.RepairOrderDetails;
import io.forecourt.service.repairs.RepairOrderReads;
import io.forecourt.service.repairs.RepairStep;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServicePolicy;
import io.forecourt.service.workshop.ServiceType;
import io.forecourt.service.workshop.Workshop;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service advisor's workshop board (a column per step, a card per repair order, the
 * board polling itself every few seconds) and a repair order's page with its lines,
 * approvals and steps. Permissions and scope are the services' business.
 */
@ConsoleController
class RepairOrderConsole {

	static final String BOARD = "/service/workshop-board";

	static final String ORDERS = "/service/repair-orders";

	private final RepairOrderIntake intake;

	private final RepairOrderDesk desk;

	private final RepairOrderReads reads;

	private final AppointmentReads appointments;

	private final ServiceDealers dealers;

	private final Workshop workshop;

	private final ServicePolicy policy;

	private final Clock clock;

	RepairOrderConsole(RepairOrderIntake intake, RepairOrderDesk desk, RepairOrderReads reads,
			AppointmentReads appointments, ServiceDealers dealers, Workshop workshop, ServicePolicy policy,
			Clock clock) {
		this.intake = intake;
		this.desk = desk;
		this.reads = reads;
		this.appointments = appointments;
		this.dealers = dealers;
		this.workshop = workshop;
		this.policy = policy;
		this.clock = clock;
	}

	/** A card on the board. */
	record Card(RepairOrderDetails details, String vehicle, @Nullable String serviceName, long minutesInStep) {

		public RepairOrder order() {
			return this.details.order();
		}

	}

	/** A column of the board. */
	record Column(RepairStep step, List<Card> cards) {
	}

	@GetMapping(BOARD)
	String board(@RequestParam(required = false) @Nullable UUID dealerId, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		List<DealerSummary> visible = this.dealers.visibleDealers();
		DealerSummary dealer = chosenDealer(dealerId, visible);
		model.addAttribute("dealers", visible);
		model.addAttribute("dealer", dealer);
		model.addAttribute("canWrite", CurrentAccess.can(Permission.SERVICE_WRITE));
		List<Column> columns = List.of();
		List<Appointment> arrived = List.of();
		List<ServiceType> types = List.of();
		if (dealer != null) {
			Map<String, ServiceType> byCode = this.workshop.serviceTypes(dealer.id(), true)
				.stream()
				.collect(Collectors.toMap(ServiceType::code, t -> t));
			List<RepairOrderDetails> open = this.reads.board(dealer.id());
			java.time.Instant now = this.clock.instant();
			boolean zh = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage().equals("zh");
			columns = RepairStep.BOARD.stream()
				.map(step -> new Column(step, open.stream().filter(d -> d.order().step() == step).map(d -> {
					ServiceType type = d.order().serviceTypeCode() == null ? null
							: byCode.get(d.order().serviceTypeCode());
					return new Card(d, d.order().plate() != null ? d.order().plate() : String.valueOf(d.order().vin()),
							type == null ? d.order().serviceTypeCode() : (zh ? type.nameZh() : type.nameEn()),
							Math.max(0, Duration.between(d.order().stepAt(), now).toMinutes()));
				}).toList()))
				.toList();
			Set<UUID> opened = open.stream()
				.map(d -> d.order().appointmentId())
				.filter(java.util.Objects::nonNull)
				.collect(Collectors.toSet());
			// check-in opens two hours before the start, so a car that arrived late in
			// the
			// evening may be booked for just after midnight, and one that arrived before
			// midnight may still wait after it: yesterday's to tomorrow's appointments
			LocalDate today = now.atZone(this.policy.zone()).toLocalDate();
			arrived = java.util.stream.Stream.of(today.minusDays(1), today, today.plusDays(1))
				.flatMap(day -> this.appointments.day(dealer.id(), day).stream())
				.filter(a -> a.status() == AppointmentStatus.CHECKED_IN && !opened.contains(a.id()))
				.toList();
			types = this.workshop.serviceTypes(dealer.id(), false);
		}
		model.addAttribute("columns", columns);
		model.addAttribute("arrived", arrived);
		model.addAttribute("types", types);
		return Htmx.pageOrFragment(request, response, "service/repair-board", "board");
	}

	@PostMapping(ORDERS)
	String open(@RequestParam UUID appointmentId, @RequestParam(defaultValue = "") String ownerFirstName,
			@RequestParam UUID dealerId, RedirectAttributes redirect) {
		try {
			RepairOrder order = this.intake.openFromAppointment(appointmentId, ownerFirstName).order();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("service-repairs.opened"));
			return "redirect:" + ORDERS + "/" + order.id();
		}
		catch (ProblemException ex) {
			return problem(ex, redirect, BOARD + "?dealerId=" + dealerId);
		}
	}

	@PostMapping(ORDERS + "/walk-ins")
	String walkIn(@RequestParam UUID dealerId, @RequestParam(defaultValue = "") String serviceType,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String vin,
			@RequestParam(defaultValue = "") String plate, @RequestParam(required = false) @Nullable Integer mileageKm,
			@RequestParam(defaultValue = "") String ownerFirstName, RedirectAttributes redirect) {
		try {
			RepairOrder order = this.intake
				.openWalkIn(new RepairOrderIntake.WalkIn(dealerId, serviceType, phone, vin, plate, mileageKm,
						ownerFirstName))
				.order();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("service-repairs.opened"));
			return "redirect:" + ORDERS + "/" + order.id();
		}
		catch (ProblemException ex) {
			return problem(ex, redirect, BOARD + "?dealerId=" + dealerId);
		}
	}

	@GetMapping(ORDERS + "/{id}")
	String order(@PathVariable UUID id, Model model) {
		RepairOrderDetails details = this.reads.details(id);
		model.addAttribute("details", details);
		model.addAttribute("order", details.order());
		model.addAttribute("dealer", this.dealers.visible(details.order().dealerId()));
		model.addAttribute("canWrite", CurrentAccess.can(Permission.SERVICE_WRITE));
		model.addAttribute("progressPath", RepairOrderView.progressPath(details.order().progressToken()));
		return "service/repair-order";
	}

	@PostMapping(ORDERS + "/{id}/move")
	String move(@PathVariable UUID id, @RequestParam RepairStep to, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean fromBoard, RedirectAttributes redirect) {
		RepairOrder order = act(redirect, "service-repairs.moved", () -> this.desk.move(id, to, version));
		if (fromBoard && order != null) {
			return "redirect:" + BOARD + "?dealerId=" + order.dealerId();
		}
		if (fromBoard) {
			return "redirect:" + BOARD + "?dealerId=" + this.reads.details(id).order().dealerId();
		}
		return "redirect:" + ORDERS + "/" + id;
	}

	@PostMapping(ORDERS + "/{id}/lines")
	String addLine(@PathVariable UUID id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String partNumber,
			@RequestParam(required = false) @Nullable BigDecimal quantity, @RequestParam long version,
			RedirectAttributes redirect) {
		act(redirect, "service-repairs.line-added", () -> this.desk.addLine(id,
				new RepairOrderDesk.NewLine(kind, description, partNumber.isBlank() ? null : partNumber, quantity),
				version));
		return "redirect:" + ORDERS + "/" + id;
	}

	@PostMapping(ORDERS + "/{id}/lines/{lineId}/remove")
	String removeLine(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam long version,
			RedirectAttributes redirect) {
		act(redirect, "service-repairs.line-removed", () -> this.desk.removeLine(id, lineId, version));
		return "redirect:" + ORDERS + "/" + id;
	}

	@PostMapping(ORDERS + "/{id}/extra-work")
	String sendExtraWork(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		act(redirect, "service-repairs.extra-work-sent", () -> this.desk.sendExtraWork(id, version));
		return "redirect:" + ORDERS + "/" + id;
	}

	@PostMapping(ORDERS + "/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		act(redirect, "service-repairs.cancelled", () -> this.desk.cancel(id, version));
		return "redirect:" + ORDERS + "/" + id;
	}

	private @Nullable RepairOrder act(RedirectAttributes redirect, String done, Supplier<RepairOrder> action) {
		try {
			RepairOrder order = action.get();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(done));
			return order;
		}
		catch (ProblemException ex) {
			if (ex.type().status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger("service-repairs.problem", String.valueOf(ex.getMessage())));
			return null;
		}
	}

	private String problem(ProblemException ex, RedirectAttributes redirect, String back) {
		if (ex.type().status().value() == 404) {
			throw ex;
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE,
				Flash.danger("service-repairs.problem", String.valueOf(ex.getMessage())));
		return "redirect:" + back;
	}

	private @Nullable DealerSummary chosenDealer(@Nullable UUID dealerId, List<DealerSummary> visible) {
		if (dealerId != null) {
			return this.dealers.visible(dealerId);
		}
		AccessScope scope = CurrentAccess.scope();
		if (scope.level() == AccessScope.Level.DEALER && scope.dealerId() != null) {
			return this.dealers.visible(scope.dealerId());
		}
		return visible.isEmpty() ? null : visible.get(0);
	}

}
