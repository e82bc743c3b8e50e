package io.forecourt.identity.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.forecourt.identity.Identifier;
import io.forecourt.identity.IdentityKind;
import io.forecourt.identity.Resolution;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.identity.domain.CustomerAdministration;
import io.forecourt.identity.domain.CustomerEngagement;
import io.forecourt.identity.domain.CustomerView;
import io.forecourt.identity.domain.Merges;
import io.forecourt.kernel.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "One ID: resolve identifiers to customers, the 360 view, merges")
class CustomerApi {

	private final CustomerAdministration customers;

	private final CustomerEngagement engagement;

	CustomerApi(CustomerAdministration customers, CustomerEngagement engagement) {
		this.customers = customers;
		this.engagement = engagement;
	}

	@PostMapping("/resolve")
	@Operation(summary = "Resolve identifiers to one customer, creating or merging customers as needed")
	Resolution resolve(@Valid @RequestBody ResolveRequest body) {
		return this.customers.resolve(new ResolutionRequest(
				body.identifiers().stream().map(i -> new Identifier(i.kind(), i.value(), i.appId())).toList(),
				body.name(), body.cityCode(), body.modelInterest(), body.source() == null ? "api" : body.source()));
	}

	@GetMapping
	@Operation(summary = "Find customers by phone, ID number, VIN, e-mail, name or tag (within your scope);"
			+ " a tag narrows the other criteria")
	List<UUID> find(@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String idNumber,
			@RequestParam(required = false) @Nullable String vin,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String tag) {
		if (tag == null) {
			return this.customers.find(phone, idNumber, vin, email, name);
		}
		List<UUID> tagged = this.engagement.withTag(tag);
		if (Stream.of(phone, idNumber, vin, email, name).allMatch(c -> c == null || c.isBlank())) {
			return tagged;
		}
		return this.customers.find(phone, idNumber, vin, email, name).stream().filter(tagged::contains).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "The 360 view: profile, identities (masked without the personal-data permission), merges")
	ResponseEntity<CustomerView> get(@PathVariable UUID id) {
		CustomerView view = this.customers.view(id);
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@PostMapping("/{id}/merge")
	@Operation(summary = "Merge another customer with this one (HQ); the older customer survives")
	CustomerView merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest body) {
		UUID survivor = this.customers.merge(id, body.customerId(),
				body.reason() == null || body.reason().isBlank() ? "merged by hand" : body.reason().strip());
		return this.customers.view(survivor);
	}

	@PostMapping("/{id}/unmerge")
	@Operation(summary = "Undo the merge of a customer into this one (HQ); they stay apart from then on")
	UnmergeResult unmerge(@PathVariable UUID id, @Valid @RequestBody UnmergeRequest body) {
		Merges.Merge merge = this.customers.unmerge(id, body.customerId());
		return new UnmergeResult(merge.id(), merge.survivorId(), merge.mergedId());
	}

	record IdentifierInput(@NotNull IdentityKind kind, @NotBlank @Size(max = 200) String value,
			@Nullable @Size(max = 128) String appId) {
	}

	record ResolveRequest(@NotEmpty @Size(max = 20) List<@Valid @NotNull IdentifierInput> identifiers,
			@Nullable @Size(max = 100) String name,
			@Nullable @Pattern(regexp = "\\d{6}", message = "a six-digit GB/T 2260 code") String cityCode,
			@Nullable @Size(max = 100) String modelInterest, @Nullable @Size(max = 60) String source) {
	}

	record MergeRequest(@NotNull UUID customerId, @Nullable @Size(max = 200) String reason) {
	}

	record UnmergeRequest(@NotNull UUID customerId) {
	}

	record UnmergeResult(UUID mergeId, UUID survivorId, UUID restoredId) {
	}

}
