package io.forecourt.service.appointments.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.service.appointments.AppointmentBooking;
import io.forecourt.service.appointments.AppointmentReads;
import io.forecourt.service.appointments.AppointmentRequests.Cancellation;
import io.forecourt.service.appointments.AppointmentRequests.CheckIn;
import io.forecourt.service.appointments.AppointmentRequests.NewAppointment;
import io.forecourt.service.appointments.AppointmentRequests.Reschedule;
import io.forecourt.service.appointments.AppointmentStatus;
import io.forecourt.service.appointments.AppointmentVisits;
import io.forecourt.service.workshop.ServicePolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Workshop appointments: the brand app books for owners, service advisors at the desk.
 */
@RestController
@RequestMapping("/api/v1/service/appointments")
@Tag(name = "Service appointments", description = "Book, move, cancel, check in workshop appointments; no-shows")
class AppointmentApi {

	private final AppointmentBooking booking;

	private final AppointmentVisits visits;

	private final AppointmentReads reads;

	private final ZoneId zone;

	AppointmentApi(AppointmentBooking booking, AppointmentVisits visits, AppointmentReads reads, ServicePolicy policy) {
		this.booking = booking;
		this.visits = visits;
		this.reads = reads;
		this.zone = policy.zone();
	}

	@PostMapping
	@Operation(summary = "Book an appointment at a start from /api/v1/service/dealers/{id}/slots (any quarter hour"
			+ " that fits the opening hours): 201, or 200 with the first appointment when the Idempotency-Key"
			+ " (optional) repeats; 409 slot-taken when no bay or technician is free, 422 outside-opening-hours")
	ResponseEntity<AppointmentView> book(@RequestBody NewAppointment body,
			@Parameter(
					description = "Optional: a repeat with the same key returns the first appointment") @RequestHeader(
							name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			UriComponentsBuilder uris) {
		AppointmentBooking.Booked booked = this.booking.book(body, idempotencyKey);
		AppointmentView view = AppointmentView.of(booked.appointment(), this.zone);
		if (!booked.created()) {
			return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
		}
		return ResponseEntity.created(uris.path("/api/v1/service/appointments/{id}").build(view.id()))
			.eTag(ETags.of(view.version()))
			.body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An appointment within your scope")
	ResponseEntity<AppointmentView> get(@PathVariable UUID id) {
		AppointmentView view = AppointmentView.of(this.reads.appointment(id), this.zone);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@GetMapping
	@Operation(summary = "Appointments within your scope by start; date is the dealer's local day")
	Page<AppointmentView> list(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable AppointmentStatus status,
			@RequestParam(required = false) @Nullable UUID customerId,
			@RequestParam(required = false) @Nullable String vin, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.reads.find(dealerId, date, status, customerId, vin, new PageRequest(page, size))
			.map(a -> AppointmentView.of(a, this.zone));
	}

	@PostMapping("/{id}/reschedule")
	@Operation(summary = "Move a booked appointment; the new slot is held before the old one is freed (409"
			+ " slot-taken leaves it where it was)")
	AppointmentView reschedule(@PathVariable UUID id, @RequestBody Reschedule body) {
		return AppointmentView.of(this.booking.reschedule(id, body), this.zone);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a booked appointment; its bay and technician are free again")
	AppointmentView cancel(@PathVariable UUID id, @RequestBody(required = false) @Nullable Cancellation body) {
		return AppointmentView.of(this.booking.cancel(id, body == null ? null : body.reason()), this.zone);
	}

	@PostMapping("/{id}/check-in")
	@Operation(summary = "The owner arrived (from two hours before the start until the no-show grace ends),"
			+ " optionally with the odometer reading")
	AppointmentView checkIn(@PathVariable UUID id, @RequestBody(required = false) @Nullable CheckIn body) {
		return AppointmentView.of(this.visits.checkIn(id, body == null ? null : body.mileageKm()), this.zone);
	}

	@PostMapping("/{id}/no-show")
	@Operation(summary = "The owner did not come (once the appointment began); frees the bay and technician")
	AppointmentView noShow(@PathVariable UUID id) {
		return AppointmentView.of(this.visits.markNoShow(id), this.zone);
	}

}
