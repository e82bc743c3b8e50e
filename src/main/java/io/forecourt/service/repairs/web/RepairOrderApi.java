package io.forecourt.service.repairs.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.service.repairs.RepairOrder;
import io.forecourt.service.repairs.LabourRates;
import io.forecourt.service.repairs.RepairOrderDesk;
import io.forecourt.service.repairs.RepairOrderIntake;
import io.forecourt.service.repairs.RepairOrderReads;
import io.forecourt.service.repairs.RepairStep;
import io.forecourt.service.repairs.ServiceVisit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Repair orders for the service desk and DMS integrations. Every change needs the order's
 * ETag in If-Match (428 without, 412 when stale); a step out of order answers 409.
 */
@RestController
@Tag(name = "Repair orders", description = "Open, price, move repair orders through the workshop; service history")
class RepairOrderApi {

	private final RepairOrderIntake intake;

	private final RepairOrderDesk desk;

	private final LabourRates labourRates;

	private final RepairOrderReads reads;

	RepairOrderApi(RepairOrderIntake intake, RepairOrderDesk desk, LabourRates labourRates, RepairOrderReads reads) {
		this.intake = intake;
		this.desk = desk;
		this.labourRates = labourRates;
		this.reads = reads;
	}

	record FromAppointment(@Nullable UUID appointmentId, @Nullable String ownerFirstName) {
	}

	record Move(@Nullable RepairStep to) {
	}

	record LabourRate(@Nullable BigDecimal hourlyRate) {
	}

	@PostMapping("/api/v1/service/repair-orders")
	@Operation(summary = "Open the repair order of a checked-in appointment: 201, or 200 with the same order when it"
			+ " is open already; 409 unless checked in")
	ResponseEntity<RepairOrderView> open(@RequestBody FromAppointment body, UriComponentsBuilder uris) {
		if (body.appointmentId() == null) {
			throw io.forecourt.kernel.web.ProblemException.validation("appointmentId", "is required");
		}
		return opened(this.intake.openFromAppointment(body.appointmentId(), body.ownerFirstName()), uris);
	}

	@PostMapping("/api/v1/service/repair-orders/walk-ins")
	@Operation(summary = "Open a repair order for a walk-in (plate or VIN, owner by phone through One ID); a free bay"
			+ " and technician are held from now for the service type's duration, or none")
	ResponseEntity<RepairOrderView> walkIn(@RequestBody RepairOrderIntake.WalkIn body, UriComponentsBuilder uris) {
		return opened(this.intake.openWalkIn(body), uris);
	}

	@GetMapping("/api/v1/service/repair-orders/{id}")
	@Operation(summary = "A repair order within your scope, with its lines, steps and totals")
	ResponseEntity<RepairOrderView> get(@PathVariable UUID id) {
		return withETag(id);
	}

	@GetMapping("/api/v1/service/dealers/{dealerId}/repair-orders")
	@Operation(summary = "The dealer's repair orders still in the workshop (the board), oldest step first")
	List<RepairOrderView> board(@PathVariable UUID dealerId) {
		return this.reads.board(dealerId).stream().map(RepairOrderView::of).toList();
	}

	@PostMapping("/api/v1/service/repair-orders/{id}/lines")
	@Operation(summary = "Add a LABOUR (quantity = standard hours) or PART line: approved at RECEPTION (parts"
			+ " reserved, 409 naming short parts), proposed to the owner at INSPECTION")
	ResponseEntity<RepairOrderView> addLine(@PathVariable UUID id, @RequestBody RepairOrderDesk.NewLine body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(this.desk.addLine(id, body, ETags.expectedVersion(ifMatch)));
	}

	@DeleteMapping("/api/v1/service/repair-orders/{id}/lines/{lineId}")
	@Operation(summary = "Remove a line not yet sent to the owner")
	ResponseEntity<RepairOrderView> removeLine(@PathVariable UUID id, @PathVariable UUID lineId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(this.desk.removeLine(id, lineId, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/api/v1/service/repair-orders/{id}/extra-work")
	@Operation(summary = "Send the proposed extra work to the owner: INSPECTION -> WAITING_FOR_APPROVAL")
	ResponseEntity<RepairOrderView> sendExtraWork(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(this.desk.sendExtraWork(id, ETags.expectedVersion(ifMatch)));
	}

	@PostMapping("/api/v1/service/repair-orders/{id}/step")
	@Operation(summary = "Move to the next step (to = the step it moves to); 409 for any other step, while the owner"
			+ " decides, or with unsent extra work. DELIVERED consumes the parts and writes the service history")
	ResponseEntity<RepairOrderView> move(@PathVariable UUID id, @RequestBody Move body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		long version = ETags.expectedVersion(ifMatch);
		if (body.to() == null) {
			throw io.forecourt.kernel.web.ProblemException.validation("to", "is required");
		}
		return withETag(this.desk.move(id, body.to(), version));
	}

	@PostMapping("/api/v1/service/repair-orders/{id}/cancel")
	@Operation(summary = "Cancel before the repair began; parts and the walk-in's bay are given back")
	ResponseEntity<RepairOrderView> cancel(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		return withETag(this.desk.cancel(id, ETags.expectedVersion(ifMatch)));
	}

	@GetMapping("/api/v1/service/dealers/{dealerId}/labour-rate")
	@Operation(summary = "The dealer's labour rate per standard hour, in yuan (the default when none was set)")
	LabourRate labourRate(@PathVariable UUID dealerId) {
		return new LabourRate(this.labourRates.of(dealerId));
	}

	@PutMapping("/api/v1/service/dealers/{dealerId}/labour-rate")
	@Operation(summary = "Set the dealer's labour rate (managers); lines priced before keep their price")
	LabourRate setLabourRate(@PathVariable UUID dealerId, @RequestBody LabourRate body) {
		return new LabourRate(this.labourRates.set(dealerId, body.hourlyRate()));
	}

	@GetMapping("/api/v1/service/vehicles/{vin}/history")
	@Operation(summary = "A vehicle's service history: each delivered repair order with its date, dealer, mileage and"
			+ " work, latest first")
	List<ServiceVisit> history(@PathVariable String vin) {
		return this.reads.history(vin);
	}

	private ResponseEntity<RepairOrderView> opened(RepairOrderIntake.Opened opened, UriComponentsBuilder uris) {
		RepairOrderView view = RepairOrderView.of(this.reads.details(opened.order().id()));
		if (!opened.created()) {
			return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
		}
		return ResponseEntity.created(uris.path("/api/v1/service/repair-orders/{id}").build(view.id()))
			.eTag(ETags.of(view.version()))
			.body(view);
	}

	private ResponseEntity<RepairOrderView> withETag(RepairOrder order) {
		return withETag(order.id());
	}

	private ResponseEntity<RepairOrderView> withETag(UUID id) {
		RepairOrderView view = RepairOrderView.of(this.reads.details(id));
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

}
