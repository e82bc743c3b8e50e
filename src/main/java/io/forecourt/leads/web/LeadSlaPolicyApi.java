package io.forecourt.leads.web;

import java.util.List;

import io.forecourt.kernel.web.ETags;
import io.forecourt.leads.sla.SlaPolicy;
import io.forecourt.leads.sla.SlaPolicyAdministration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** HQ's first-contact SLA per grade. */
@RestController
@Tag(name = "Lead SLA", description = "How long a dealer has to contact a lead of each grade")
class LeadSlaPolicyApi {

	private static final String POLICIES = "/api/v1/lead-sla-policies";

	private final SlaPolicyAdministration policies;

	LeadSlaPolicyApi(SlaPolicyAdministration policies) {
		this.policies = policies;
	}

	@GetMapping(POLICIES)
	@Operation(summary = "The first-contact window of each grade, in minutes")
	List<SlaPolicy> list() {
		return this.policies.policies();
	}

	@GetMapping(POLICIES + "/{grade}")
	@Operation(summary = "One grade's first-contact window, with its ETag")
	ResponseEntity<SlaPolicy> get(@PathVariable String grade) {
		SlaPolicy policy = this.policies.policy(grade);
		return ResponseEntity.ok().eTag(ETags.of(policy.version())).body(policy);
	}

	@PutMapping(POLICIES + "/{grade}")
	@Operation(summary = "Change a grade's first-contact window (HQ; If-Match required). It applies to windows"
			+ " that start from now on; running deadlines stay")
	ResponseEntity<SlaPolicy> change(@PathVariable String grade,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody PolicyChange body) {
		long expected = ETags.expectedVersion(ifMatch);
		SlaPolicy policy = this.policies.change(grade, expected, body.firstContactMinutes());
		return ResponseEntity.ok().eTag(ETags.of(policy.version())).body(policy);
	}

	record PolicyChange(@NotNull Integer firstContactMinutes) {
	}

}
