package io.forecourt.identity.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.identity.domain.CustomerPrivacy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers/{id}")
@Tag(name = "Customers")
class CustomerPrivacyApi {

	private final CustomerPrivacy privacy;

	CustomerPrivacyApi(CustomerPrivacy privacy) {
		this.privacy = privacy;
	}

	@GetMapping("/export")
	@Operation(summary = "Everything held about the person, from every module, as one JSON document (audited)")
	Map<String, Object> export(@PathVariable UUID id) {
		return this.privacy.export(id);
	}

	@PostMapping("/erase")
	@Operation(summary = "Erase the person on request: anonymised in every module; a later lead starts afresh (HQ)")
	Erased erase(@PathVariable UUID id, @Valid @RequestBody EraseRequest body) {
		return new Erased(id, this.privacy.erase(id, body.reason().strip()));
	}

	record EraseRequest(@NotBlank @Size(max = 300) String reason) {
	}

	record Erased(UUID customerId, Set<UUID> erasedRecords) {
	}

}
