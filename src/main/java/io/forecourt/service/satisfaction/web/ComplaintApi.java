package io.forecourt.service.satisfaction.web;

import java.util.UUID;

import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.service.satisfaction.ComplaintDesk;
import io.forecourt.service.satisfaction.ComplaintStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints from low satisfaction scores: the dealer's first response and resolution.
 */
@RestController
@RequestMapping("/api/v1/service/complaints")
@Tag(name = "Service complaints", description = "Complaints a low satisfaction score opened, with their SLA")
class ComplaintApi {

	private final ComplaintDesk desk;

	ComplaintApi(ComplaintDesk desk) {
		this.desk = desk;
	}

	record Response(@Nullable String response) {
	}

	record Resolution(@Nullable String outcome, @Nullable String resolution) {
	}

	@GetMapping
	@Operation(summary = "Complaints within your scope, open ones by their SLA first")
	Page<ComplaintView> list(@RequestParam(required = false) @Nullable UUID dealerId,
			@RequestParam(required = false) @Nullable ComplaintStatus status,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		Page<io.forecourt.service.satisfaction.Complaint> found = this.desk.list(dealerId, status,
				new PageRequest(page, size));
		return new Page<>(found.items().stream().map(ComplaintView::of).toList(), found.page(), found.size(),
				found.totalItems(), found.totalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A complaint within your scope")
	ComplaintView get(@PathVariable UUID id) {
		return ComplaintView.of(this.desk.get(id));
	}

	@PostMapping("/{id}/response")
	@Operation(summary = "The first response to the owner (stops escalation): {\"response\"}; 409 unless OPEN")
	ComplaintView respond(@PathVariable UUID id, @RequestBody Response body) {
		return ComplaintView.of(this.desk.respond(id, body.response()));
	}

	@PostMapping("/{id}/resolve")
	@Operation(summary = "Settle it: {\"outcome\": \"RESOLVED\" | \"CLOSED\", \"resolution\"}; 409 when settled")
	ComplaintView resolve(@PathVariable UUID id, @RequestBody Resolution body) {
		return ComplaintView.of(this.desk.resolve(id, body.outcome(), body.resolution()));
	}

}
