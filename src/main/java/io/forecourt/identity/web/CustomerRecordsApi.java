package io.forecourt.identity.web;

import java.util.List;
import java.util.UUID;

import io.forecourt.identity.domain.CustomerAdministration;
import io.forecourt.identity.domain.CustomerEngagement;
import io.forecourt.identity.domain.CustomerProfiles;
import io.forecourt.identity.domain.CustomerView;
import io.forecourt.kernel.web.ETags;
import io.forecourt.kernel.web.Page;
import io.forecourt.kernel.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a person edits and reads about a customer besides identities: profile, tags,
 * consents, timeline. Request bodies take text and are checked field by field in the
 * domain, so one 400 names every invalid field (an unknown enum constant included).
 */
@RestController
@RequestMapping("/api/v1/customers/{id}")
@Tag(name = "Customers", description = "One ID: resolve identifiers to customers, the 360 view, merges")
class CustomerRecordsApi {

	private final CustomerAdministration customers;

	private final CustomerProfiles profiles;

	private final CustomerEngagement engagement;

	CustomerRecordsApi(CustomerAdministration customers, CustomerProfiles profiles, CustomerEngagement engagement) {
		this.customers = customers;
		this.profiles = profiles;
		this.engagement = engagement;
	}

	@PutMapping("/profile")
	@Operation(summary = "Replace the profile (If-Match: the 360 view's ETag); a preferred dealer's staff then see"
			+ " the customer")
	ResponseEntity<CustomerView> profile(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody CustomerProfiles.ProfileInput body) {
		long version = ETags.expectedVersion(ifMatch);
		CustomerView view = this.customers.view(this.profiles.replace(id, version, body));
		return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
	}

	@PostMapping("/tags")
	@Operation(summary = "Tag the customer (1-40 letters, digits, '-', '_'); an existing tag stays as it is")
	List<CustomerView.TagView> tag(@PathVariable UUID id, @RequestBody TagRequest body) {
		return this.engagement.addTag(id, body.tag() == null ? "" : body.tag());
	}

	@DeleteMapping("/tags/{tag}")
	@Operation(summary = "Remove a tag from the customer and everyone merged into it")
	ResponseEntity<Void> untag(@PathVariable UUID id, @PathVariable String tag) {
		this.engagement.removeTag(id, tag);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/consents")
	@Operation(summary = "Record a consent decision: granted true grants, false withdraws (same fields)")
	CustomerEngagement.ConsentOverview consent(@PathVariable UUID id,
			@RequestBody CustomerEngagement.ConsentInput body) {
		return this.engagement.recordConsent(id, body);
	}

	@GetMapping("/consents")
	@Operation(summary = "The current decision per purpose and the full history, across merged customers")
	CustomerEngagement.ConsentOverview consents(@PathVariable UUID id) {
		return this.engagement.consents(id);
	}

	@GetMapping("/timeline")
	@Operation(summary = "Everything that happened to the customer (and everyone merged into it), newest first")
	Page<CustomerView.TimelineEntryView> timeline(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
		return this.engagement.timeline(id, new PageRequest(page, size));
	}

	record TagRequest(@Nullable String tag) {
	}

}
