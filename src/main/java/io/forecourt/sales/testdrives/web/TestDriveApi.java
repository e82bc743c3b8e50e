package io.forecourt.sales.testdrives.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.sales.testdrives.BookingStatus;
import io.forecourt.sales.testdrives.Feedback;
import io.forecourt.sales.testdrives.NewBooking;
import io.forecourt.sales.testdrives.Reschedule;
import io.forecourt.sales.testdrives.TestDriveBookings;
import io.forecourt.sales.testdrives.TestDrivePolicy;
import io.forecourt.sales.testdrives.TestDriveReads;
import io.forecourt.sales.testdrives.TestDriveVisits;
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
 * Test-drive bookings: the brand app books for customers, consultants in the showroom.
 */
@RestController
@RequestMapping("/api/v1/test-drives")
@Tag(name = "Test drives", description = "Book, move and cancel test drives; check-in, no-show and feedback")
class TestDriveApi {

	private final TestDriveBookings bookings;

	private final TestDriveVisits visits;

	private final TestDriveReads reads;

	private final ZoneId zone;

	TestDriveApi(TestDriveBookings bookings, TestDriveVisits visits, TestDriveReads reads, TestDrivePolicy policy) {
		this.bookings = bookings;
		this.visits = visits;
		this.reads = reads;
		this.zone = policy.zone();
	}

	@PostMapping
	@Operation(summary = "Book a test drive in a slot from /api/v1/test-drive-slots: 201 with the booking, or 200"
			+ " with the first booking when the Idempotency-Key (optional) repeats; 409 when nothing is free")
	ResponseEntity<BookingView> book(@RequestBody NewBooking body,
			@Parameter(description = "Optional: a repeat with the same key returns the first booking") @RequestHeader(
					name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			UriComponentsBuilder uris) {
		TestDriveBookings.Booked booked = this.bookings.book(body, idempotencyKey);
		BookingView view = BookingView.of(booked.booking(), this.zone);
		if (!booked.created()) {
			return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
		}
		return ResponseEntity.created(uris.path("/api/v1/test-drives/{id}").build(view.id()))
			.eTag(ETags.of(view.version()))
			.body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A booking within your scope")
	ResponseEntity<BookingView> get(@PathVariable UUID id) {
		BookingView view = BookingView.of(this.reads.booking(id), this.zone);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@GetMapping
	@Operation(summary = "Bookings within your scope by start; date is the dealer's local day")
	Page<BookingView> list(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable BookingStatus status,
			@RequestParam(required = false) @Nullable UUID customerId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.reads.find(dealerId, date, status, customerId, new PageRequest(page, size))
			.map(b -> BookingView.of(b, this.zone));
	}

	@PostMapping("/{id}/reschedule")
	@Operation(summary = "Move a booked drive to another slot; car and consultant stay when free")
	BookingView reschedule(@PathVariable UUID id, @RequestBody Reschedule body) {
		return BookingView.of(this.bookings.reschedule(id, body), this.zone);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a booked drive; its car and consultant are free again")
	BookingView cancel(@PathVariable UUID id, @RequestBody(required = false) @Nullable Cancellation body) {
		return BookingView.of(this.bookings.cancel(id, body == null ? null : body.reason()), this.zone);
	}

	@PostMapping("/{id}/check-in")
	@Operation(summary = "The customer arrived (from two hours before the slot)")
	BookingView checkIn(@PathVariable UUID id) {
		return BookingView.of(this.visits.checkIn(id), this.zone);
	}

	@PostMapping("/{id}/no-show")
	@Operation(summary = "The customer did not come (once the slot began); frees the car and consultant")
	BookingView noShow(@PathVariable UUID id) {
		return BookingView.of(this.visits.markNoShow(id), this.zone);
	}

	@PostMapping("/{id}/feedback")
	@Operation(summary = "Complete a checked-in drive with the customer's rating, interest and an optional"
			+ " new lead grade (H/A/B/C); the linked lead moves to its test-driven stage")
	BookingView feedback(@PathVariable UUID id, @RequestBody Feedback body) {
		return BookingView.of(this.visits.feedback(id, body), this.zone);
	}

	/** Why a drive is cancelled (optional). */
	record Cancellation(@Nullable String reason) {
	}

}
