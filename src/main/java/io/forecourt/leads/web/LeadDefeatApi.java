package io.forecourt.leads.web;

import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.forecourt.leads.LeadReactivated;
import io.forecourt.leads.followup.DefeatDecision;
import io.forecourt.leads.followup.DefeatReason;
import io.forecourt.leads.followup.LeadDefeat;
import io.forecourt.leads.followup.LeadDefeats;
import io.forecourt.leads.followup.LeadReactivation;
import io.forecourt.leads.followup.ReactivationCandidate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Defeat (战败) proposals, the manager's decision, and the reactivation pool. */
@RestController
@Tag(name = "Lead defeat", description = "Giving leads up with a reason, approval by the dealer manager, reactivation")
class LeadDefeatApi {

	private static final String DEFEATS = "/api/v1/lead-defeats";

	private final LeadDefeats defeats;

	private final LeadReactivation reactivation;

	LeadDefeatApi(LeadDefeats defeats, LeadReactivation reactivation) {
		this.defeats = defeats;
		this.reactivation = reactivation;
	}

	@GetMapping("/api/v1/lead-defeat-reasons")
	@Operation(summary = "The reasons a lead can be lost for, with Chinese and English names")
	List<DefeatReason> reasons() {
		return this.defeats.reasons();
	}

	@PostMapping("/api/v1/leads/{id}/defeat-proposals")
	@Operation(summary = "Propose to give up a contacted lead (its consultant or a manager): it waits as"
			+ " DEFEAT_PENDING and the dealer's managers are alerted. OTHER needs a note")
	ResponseEntity<LeadDefeat> propose(@PathVariable UUID id, @RequestBody Proposal body, UriComponentsBuilder uris) {
		LeadDefeat defeat = this.defeats.propose(id, body.reasonCode(), body.note());
		return ResponseEntity.created(uris.path(DEFEATS + "/{id}").build(defeat.id())).body(defeat);
	}

	@GetMapping(DEFEATS)
	@Operation(summary = "Defeat proposals of your dealers, oldest first; decision=PENDING is the manager's queue")
	Page<LeadDefeat> list(@RequestParam(required = false) @Nullable DefeatDecision decision,
			@RequestParam(required = false) @Nullable UUID leadId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.defeats.find(decision, leadId, new PageRequest(page, size));
	}

	@GetMapping(DEFEATS + "/{id}")
	@Operation(summary = "One defeat proposal and its decision")
	LeadDefeat get(@PathVariable UUID id) {
		return this.defeats.get(id);
	}

	@PostMapping(DEFEATS + "/{id}/approval")
	@Operation(summary = "Approve a pending proposal (dealer manager or HQ): the lead is DEFEATED, grade F;"
			+ " 409 once decided")
	LeadDefeat approve(@PathVariable UUID id, @RequestBody(required = false) @Nullable Decision body) {
		return this.defeats.approve(id, body == null ? null : body.note());
	}

	@PostMapping(DEFEATS + "/{id}/return")
	@Operation(summary = "Return a pending proposal with a note (dealer manager or HQ): the lead goes back to"
			+ " where it was; 409 once decided")
	LeadDefeat giveBack(@PathVariable UUID id, @RequestBody Decision body) {
		return this.defeats.giveBack(id, body.note());
	}

	@GetMapping("/api/v1/leads/reactivation-pool")
	@Operation(summary = "Defeated leads of your scope, latest defeat first; filter by reason and by days since"
			+ " the defeat (minDays, maxDays)")
	Page<ReactivationCandidate> pool(@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Integer minDays,
			@RequestParam(required = false) @Nullable Integer maxDays, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.reactivation.pool(reason, minDays, maxDays, new PageRequest(page, size));
	}

	@PostMapping("/api/v1/leads/{id}/reactivation")
	@Operation(summary = "Reactivate a defeated lead with its grade before F: by HQ into the HQ pool (NEW, routed"
			+ " again), by the dealer's manager back to its consultant with a fresh SLA window")
	LeadReactivated reactivate(@PathVariable UUID id, @RequestBody(required = false) @Nullable Decision body) {
		return this.reactivation.reactivate(id, body == null ? null : body.note());
	}

	record Proposal(@Nullable String reasonCode, @Nullable String note) {
	}

	record Decision(@Nullable String note) {
	}

}
