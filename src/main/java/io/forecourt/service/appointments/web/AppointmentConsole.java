package io.forecourt.service.appointments.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerSummary;
import io.forecourt.service.appointments.Appointment;
import io.forecourt.service.appointments.AppointmentBooking;
import io.forecourt.service.appointments.AppointmentReads;
import io.forecourt.service.appointments.AppointmentRequests.NewAppointment;
import io.forecourt.service.appointments.AppointmentRequests.Reschedule;
import io.forecourt.service.appointments.AppointmentStatus;
import io.forecourt.service.appointments.AppointmentVisits;
import io.forecourt.service.appointments.DaySlots;
import io.forecourt.service.appointments.ServiceSlots;
import io.forecourt.service.workshop.ServiceCategory;
import io.forecourt.service.workshop.ServiceDealers;
import io.forecourt.service.workshop.ServicePolicy;
import io.forecourt.service.workshop.ServiceType;
import io.forecourt.service.workshop.Workshop;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service advisor's appointment calendar: a dealer's workshop day (bays by time) with
 * its appointments, booking from a free start of a service type, and an appointment's
 * page with check-in, no-show, moving and cancelling. Permissions and scope are the
 * services' business.
 */
@ConsoleController
@RequestMapping(AppointmentConsole.PATH)
class AppointmentConsole {

	static final String PATH = "/service/appointments";

	private final ServiceDealers dealers;

	private final WorkshopBoard board;

	private final Workshop workshop;

	private final AppointmentBooking booking;

	private final AppointmentVisits visits;

	private final AppointmentReads reads;

	private final ServiceSlots slots;

	private final ServicePolicy policy;

	private final Clock clock;

	AppointmentConsole(ServiceDealers dealers, WorkshopBoard board, Workshop workshop, AppointmentBooking booking,
			AppointmentVisits visits, AppointmentReads reads, ServiceSlots slots, ServicePolicy policy, Clock clock) {
		this.dealers = dealers;
		this.board = board;
		this.workshop = workshop;
		this.booking = booking;
		this.visits = visits;
		this.reads = reads;
		this.slots = slots;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping
	String day(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable String serviceType, Model model) {
		LocalDate today = today();
		LocalDate day = date == null ? today : date;
		List<DealerSummary> visible = this.dealers.visibleDealers();
		DealerSummary dealer = chosenDealer(dealerId, visible);
		model.addAttribute("dealers", visible);
		model.addAttribute("dealer", dealer);
		model.addAttribute("date", day);
		model.addAttribute("today", today);
		boolean canWrite = CurrentAccess.can(Permission.SERVICE_WRITE);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("canManage", CurrentAccess.can(Permission.SERVICE_MANAGE));
		if (dealer != null) {
			model.addAttribute("day", this.board.day(dealer, day));
			List<ServiceType> types = this.workshop.serviceTypes(dealer.id(), false);
			model.addAttribute("types", types);
			ServiceType type = types.stream()
				.filter(t -> t.code().equalsIgnoreCase(serviceType == null ? "" : serviceType))
				.findFirst()
				.or(() -> types.stream().filter(t -> t.category() == ServiceCategory.MAINTENANCE).findFirst())
				.orElse(types.isEmpty() ? null : types.get(0));
			model.addAttribute("type", type);
			model.addAttribute("starts",
					canWrite && type != null ? starts(dealer.id(), type.code(), day, today) : List.<DaySlots.Slot>of());
		}
		return "service/appointments";
	}

	@PostMapping
	String book(@RequestParam UUID dealerId, @RequestParam String serviceType, @RequestParam String date,
			@RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String vin,
			@RequestParam(defaultValue = "") String plate, @RequestParam(required = false) @Nullable Integer mileageKm,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			Appointment appointment = this.booking
				.book(new NewAppointment(dealerId, serviceType, start, phone, name, vin, plate, mileageKm, note, null,
						null), null)
				.appointment();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("service.appointments.booked"));
			return "redirect:" + PATH + "/" + appointment.id();
		}
		catch (ProblemException ex) {
			if (ex.type().status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger("service.appointments.problem", String.valueOf(ex.getMessage())));
			return "redirect:" + PATH + "?dealerId=" + dealerId + "&date=" + date + "&serviceType=" + serviceType;
		}
	}

	@GetMapping("/{id}")
	String appointment(@PathVariable UUID id, Model model) {
		Appointment appointment = this.reads.appointment(id);
		DealerSummary dealer = this.dealers.visible(appointment.dealerId());
		model.addAttribute("appointment", appointment);
		model.addAttribute("dealer", dealer);
		model.addAttribute("day", this.board.day(dealer, appointment.startsAt().atZone(zone()).toLocalDate()));
		model.addAttribute("type",
				this.workshop.serviceTypes(dealer.id(), true)
					.stream()
					.filter(t -> t.code().equals(appointment.serviceTypeCode()))
					.findFirst()
					.orElse(null));
		boolean booked = appointment.status() == AppointmentStatus.BOOKED;
		boolean mayWrite = CurrentAccess.can(Permission.SERVICE_WRITE);
		model.addAttribute("canCheckIn", mayWrite && booked);
		model.addAttribute("canNoShow", mayWrite && booked && !this.clock.instant().isBefore(appointment.startsAt()));
		model.addAttribute("canChange", mayWrite && booked);
		model.addAttribute("moves", mayWrite && booked ? moves(appointment) : List.of());
		return "service/appointment";
	}

	@PostMapping("/{id}/check-in")
	String checkIn(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer mileageKm,
			RedirectAttributes redirect) {
		return act(id, redirect, "service.appointments.checked-in", () -> this.visits.checkIn(id, mileageKm));
	}

	@PostMapping("/{id}/no-show")
	String noShow(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "service.appointments.marked-no-show", () -> this.visits.markNoShow(id));
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "service.appointments.cancelled", () -> this.booking.cancel(id, reason));
	}

	@PostMapping("/{id}/reschedule")
	String reschedule(@PathVariable UUID id, @RequestParam(defaultValue = "") String start,
			RedirectAttributes redirect) {
		return act(id, redirect, "service.appointments.rescheduled",
				() -> this.booking.reschedule(id, new Reschedule(start, null, null)));
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(done));
		}
		catch (ProblemException ex) {
			if (ex.type().status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute(Flash.ATTRIBUTE,
					Flash.danger("service.appointments.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:" + PATH + "/" + id;
	}

	/** The bookable starts of the service that day (none on a past day). */
	private List<DaySlots.Slot> starts(UUID dealerId, String type, LocalDate day, LocalDate today) {
		if (day.isBefore(today) || day.isAfter(today.plusDays(this.policy.horizonDays()))) {
			return List.of();
		}
		return this.slots.day(dealerId, type, day).slots().stream().filter(DaySlots.Slot::bookable).toList();
	}

	/** Bookable starts of the appointment's service on its day and the two after. */
	private List<DaySlots.Slot> moves(Appointment appointment) {
		List<DaySlots.Slot> moves = new ArrayList<>();
		LocalDate first = appointment.startsAt().atZone(zone()).toLocalDate();
		LocalDate today = today();
		for (int i = 0; i < 3; i++) {
			for (DaySlots.Slot slot : starts(appointment.dealerId(), appointment.serviceTypeCode(), first.plusDays(i),
					today)) {
				if (!slot.start().toInstant().equals(appointment.startsAt())) {
					moves.add(slot);
				}
			}
		}
		return moves;
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

	private ZoneId zone() {
		return this.policy.zone();
	}

	private LocalDate today() {
		return this.clock.instant().atZone(zone()).toLocalDate();
	}

}
