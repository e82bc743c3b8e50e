package io.forecourt.identity.web;

import java.util.List;
import java.util.UUID;

import io.forecourt.identity.domain.CustomerAdministration;
import io.forecourt.identity.domain.MergeSuggestions;
import io.forecourt.kernel.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/merge-suggestions")
@Tag(name = "Customers")
class MergeSuggestionApi {

	private final CustomerAdministration customers;

	MergeSuggestionApi(CustomerAdministration customers) {
		this.customers = customers;
	}

	@GetMapping
	@Operation(summary = "Weak matches waiting for a decision (HQ)")
	List<MergeSuggestions.Suggestion> list(@RequestParam(defaultValue = "OPEN") MergeSuggestions.Status status,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.customers.suggestions(status, new PageRequest(0, size).size());
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "Accept: the two customers merge")
	MergeSuggestions.Suggestion accept(@PathVariable UUID id) {
		return this.customers.decide(id, true);
	}

	@PostMapping("/{id}/reject")
	@Operation(summary = "Reject: they stay two customers and the pair is not suggested again")
	MergeSuggestions.Suggestion reject(@PathVariable UUID id) {
		return this.customers.decide(id, false);
	}

}
