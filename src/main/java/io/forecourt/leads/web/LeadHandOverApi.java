package io.forecourt.leads.web;

import java.util.List;
import java.util.UUID;

import io.forecourt.leads.routing.AssignmentHistory;
import io.forecourt.leads.routing.LeadHandOver;
import io.forecourt.leads.routing.RoutingOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who holds a lead: its hand-over history, re-assignment, transfer, routing by hand. */
@RestController
@RequestMapping("/api/v1/leads/{id}")
@Tag(name = "Lead routing", description = "Routing leads to dealers and consultants, and handing them over")
class LeadHandOverApi {

	private final LeadHandOver handOver;

	private final AssignmentHistory history;

	LeadHandOverApi(LeadHandOver handOver, AssignmentHistory history) {
		this.handOver = handOver;
		this.history = history;
	}

	@GetMapping("/assignments")
	@Operation(summary = "Every hand-over of the lead with routing's explanation, oldest first")
	List<AssignmentHistory.Entry> assignments(@PathVariable UUID id) {
		return this.history.of(id);
	}

	@PostMapping("/assignment")
	@Operation(summary = "Give the lead to another active consultant of its dealer (dealer manager or HQ);"
			+ " the first-contact SLA runs on")
	RoutingOutcome reassign(@PathVariable UUID id, @Valid @RequestBody Reassignment body) {
		return this.handOver.reassign(id, body.consultantId(), body.note() == null ? "" : body.note());
	}

	@PostMapping("/transfer")
	@Operation(summary = "Move the lead to another dealer (HQ); the dealer gets a fresh first-contact SLA")
	RoutingOutcome transfer(@PathVariable UUID id, @Valid @RequestBody Transfer body) {
		return this.handOver.transfer(id, body.dealerId(), body.note() == null ? "" : body.note());
	}

	@PostMapping("/routing")
	@Operation(summary = "Route a lead in the HQ pool now (HQ); the answer explains the decision")
	RoutingOutcome route(@PathVariable UUID id) {
		return this.handOver.routeNow(id);
	}

	record Reassignment(@NotNull UUID consultantId, @Nullable @Size(max = 500) String note) {
	}

	record Transfer(@NotNull UUID dealerId, @Nullable @Size(max = 500) String note) {
	}

}
