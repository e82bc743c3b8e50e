package io.forecourt.sales.testdrives.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.console.ConsoleController;
import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.security.Permission;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.network.DealerNetwork;
import io.forecourt.network.DealerSummary;
import io.forecourt.sales.testdrives.BookingStatus;
import io.forecourt.sales.testdrives.DaySlots;
import io.forecourt.sales.testdrives.DealerAccess;
import io.forecourt.sales.testdrives.Feedback;
import io.forecourt.sales.testdrives.Fleet;
import io.forecourt.sales.testdrives.InterestLevel;
import io.forecourt.sales.testdrives.NewBooking;
import io.forecourt.sales.testdrives.Reschedule;
import io.forecourt.sales.testdrives.TestDriveBooking;
import io.forecourt.sales.testdrives.TestDriveBookings;
import io.forecourt.sales.testdrives.TestDriveCar;
import io.forecourt.sales.testdrives.TestDrivePolicy;
import io.forecourt.sales.testdrives.TestDriveReads;
import io.forecourt.sales.testdrives.TestDriveSlots;
import io.forecourt.sales.testdrives.TestDriveVisits;
import jakarta.servlet.http.HttpServletResponse;
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
 * The consultants' test-drive calendar: a dealer's day of cars by slots with the
 * bookings, booking from a free slot, and a booking's page with check-in, no-show,
 * feedback, moving and cancelling. Permissions and scope are the services' business.
 */
@ConsoleController
@RequestMapping(TestDriveConsole.PATH)
class TestDriveConsole {

	static final String PATH = "/sales/test-drives";

	private final DealerAccess access;

	private final TestDriveCalendar calendar;

	private final TestDriveBookings bookings;

	private final TestDriveVisits visits;

	private final TestDriveReads reads;

	private final TestDriveSlots slots;

	private final Fleet fleet;

	private final DealerNetwork network;

	private final ZoneId zone;

	private final Clock clock;

	TestDriveConsole(DealerAccess access, TestDriveCalendar calendar, TestDriveBookings bookings,
			TestDriveVisits visits, TestDriveReads reads, TestDriveSlots slots, Fleet fleet, DealerNetwork network,
			TestDrivePolicy policy, Clock clock) {
		this.access = access;
		this.calendar = calendar;
		this.bookings = bookings;
		this.visits = visits;
		this.reads = reads;
		this.slots = slots;
		this.fleet = fleet;
		this.network = network;
		this.zone = policy.zone();
		this.clock = clock;
	}

	@GetMapping
	String day(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			Model model) {
		LocalDate today = today();
		LocalDate day = date == null ? today : date;
		List<DealerSummary> dealers = this.access.visibleDealers();
		DealerSummary dealer = chosenDealer(dealerId, dealers);
		model.addAttribute("dealers", dealers);
		model.addAttribute("dealer", dealer);
		model.addAttribute("date", day);
		model.addAttribute("today", today);
		model.addAttribute("canWrite", CurrentAccess.can(Permission.SALES_WRITE));
		model.addAttribute("canManage", CurrentAccess.can(Permission.SALES_MANAGE));
		if (dealer != null) {
			model.addAttribute("day", this.calendar.day(dealer, day, today));
		}
		return "sales/test-drives";
	}

	@GetMapping("/new")
	String bookingForm(@RequestParam UUID carId, @RequestParam Instant start, Model model) {
		TestDriveCar car = this.fleet.car(carId);
		model.addAttribute("car", car);
		model.addAttribute("start", start);
		model.addAttribute("dealer", this.access.visible(car.dealerId()));
		model.addAttribute("consultants", this.network.activeStaff(car.dealerId(), Role.SALES_CONSULTANT));
		return "sales/test-drive-new";
	}

	@PostMapping
	String book(@RequestParam UUID carId, @RequestParam Instant start, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) @Nullable UUID consultantId,
			@RequestParam(defaultValue = "") String note, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		TestDriveCar car = this.fleet.car(carId);
		try {
			TestDriveBooking booking = this.bookings
				.book(new NewBooking(car.dealerId(), car.modelCode(), car.trimCode(),
						start.atZone(this.zone).toOffsetDateTime().toString(), phone, name, null, carId, consultantId,
						note), null)
				.booking();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("sales-testdrives.booked"));
			return "redirect:" + PATH + "/" + booking.id();
		}
		catch (ProblemException ex) {
			if (ex.type().status().value() == 404) {
				throw ex;
			}
			response.setStatus(422);
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("phone", phone);
			model.addAttribute("name", name);
			return bookingForm(carId, start, model);
		}
	}

	@GetMapping("/{id}")
	String booking(@PathVariable UUID id, Model model) {
		TestDriveBooking booking = this.reads.booking(id);
		model.addAttribute("booking", booking);
		model.addAttribute("car", this.fleet.car(booking.carId()));
		model.addAttribute("dealer", this.access.visible(booking.dealerId()));
		model.addAttribute("consultant",
				this.network.staffNames(List.of(booking.consultantId())).get(booking.consultantId()));
		boolean booked = booking.status() == BookingStatus.BOOKED;
		boolean mayWrite = CurrentAccess.can(Permission.SALES_WRITE);
		Instant now = this.clock.instant();
		model.addAttribute("canCheckIn", mayWrite && booked);
		model.addAttribute("canNoShow", mayWrite && booked && !now.isBefore(booking.startsAt()));
		model.addAttribute("canFeedback", mayWrite && booking.status() == BookingStatus.CHECKED_IN);
		model.addAttribute("canChange", mayWrite && booked);
		model.addAttribute("interests", InterestLevel.values());
		model.addAttribute("moves", mayWrite && booked ? moves(booking) : List.of());
		return "sales/test-drive";
	}

	@PostMapping("/{id}/check-in")
	String checkIn(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "sales-testdrives.checked-in", () -> this.visits.checkIn(id));
	}

	@PostMapping("/{id}/no-show")
	String noShow(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "sales-testdrives.marked-no-show", () -> this.visits.markNoShow(id));
	}

	@PostMapping("/{id}/feedback")
	String feedback(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer rating,
			@RequestParam(defaultValue = "") String interest, @RequestParam(defaultValue = "") String grade,
			@RequestParam(defaultValue = "") String comments, RedirectAttributes redirect) {
		return act(id, redirect, "sales-testdrives.completed",
				() -> this.visits.feedback(id, new Feedback(rating, interest, comments, grade)));
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "sales-testdrives.cancelled", () -> this.bookings.cancel(id, reason));
	}

	@PostMapping("/{id}/reschedule")
	String reschedule(@PathVariable UUID id, @RequestParam String start, RedirectAttributes redirect) {
		return act(id, redirect, "sales-testdrives.rescheduled",
				() -> this.bookings.reschedule(id, new Reschedule(start, null, null)));
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
					Flash.danger("sales-testdrives.problem", String.valueOf(ex.getMessage())));
		}
		return "redirect:" + PATH + "/" + id;
	}

	/** Bookable slots of the booking's model on its day and the two after. */
	private List<Move> moves(TestDriveBooking booking) {
		List<Move> starts = new ArrayList<>();
		LocalDate first = booking.startsAt().atZone(this.zone).toLocalDate();
		LocalDate today = today();
		for (int i = 0; i < 3; i++) {
			LocalDate date = first.plusDays(i);
			if (date.isBefore(today)) {
				continue;
			}
			for (DaySlots.Slot slot : this.slots.day(booking.dealerId(), booking.modelCode(), null, date).slots()) {
				if (slot.bookable() && !slot.start().toInstant().equals(booking.startsAt())) {
					starts.add(new Move(slot.start().toString(), slot.start().toInstant()));
				}
			}
		}
		return starts;
	}

	private @Nullable DealerSummary chosenDealer(@Nullable UUID dealerId, List<DealerSummary> dealers) {
		if (dealerId != null) {
			return this.access.visible(dealerId);
		}
		AccessScope scope = CurrentAccess.scope();
		if (scope.level() == AccessScope.Level.DEALER && scope.dealerId() != null) {
			return this.access.visible(scope.dealerId());
		}
		return dealers.isEmpty() ? null : dealers.get(0);
	}

	/** A slot a booking can move to: the value the form sends, and when it starts. */
	record Move(String value, Instant start) {
	}

	private LocalDate today() {
		return this.clock.instant().atZone(this.zone).toLocalDate();
	}

}
