package io.forecourt.leads.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.leads.routing.DealerCapacity;
import io.forecourt.leads.routing.RoutingAdministration;
import io.forecourt.leads.routing.RoutingRule;
import io.forecourt.leads.routing.RoutingWeights;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** HQ's routing configuration and a dealer manager's consultant shares. */
@RestController
@Tag(name = "Lead routing")
class LeadRoutingRuleApi {

	private static final String RULES = "/api/v1/lead-routing-rules";

	private final RoutingAdministration routing;

	LeadRoutingRuleApi(RoutingAdministration routing) {
		this.routing = routing;
	}

	@GetMapping(RULES)
	@Operation(summary = "The routing strategies in the order they are tried, and the weights (HQ)")
	RoutingView list() {
		return new RoutingView(this.routing.rules().stream().map(RuleView::of).toList(),
				WeightsView.of(this.routing.weights()));
	}

	@GetMapping(RULES + "/{id}")
	@Operation(summary = "One routing rule, with its ETag (HQ)")
	ResponseEntity<RuleView> get(@PathVariable String id) {
		RoutingRule rule = this.routing.rule(id);
		return ResponseEntity.ok().eTag(ETags.of(rule.version())).body(RuleView.of(rule));
	}

	@PostMapping(RULES)
	@Operation(summary = "Add a routing step (HQ): PREFERRED_DEALER, PREVIOUS_DEALER, SAME_CITY or SAME_PROVINCE")
	ResponseEntity<RuleView> create(@Valid @RequestBody NewRule body, UriComponentsBuilder uris) {
		RoutingRule rule = this.routing.create(body.id(), body.position(), body.strategy(), body.description().strip(),
				body.active());
		return ResponseEntity.created(uris.path(RULES + "/{id}").build(rule.id()))
			.eTag(ETags.of(rule.version()))
			.body(RuleView.of(rule));
	}

	@PutMapping(RULES + "/{id}")
	@Operation(summary = "Change a routing step (HQ): reorder, switch strategy, (de)activate; send its ETag")
	ResponseEntity<RuleView> update(@PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody RuleChange body) {
		RoutingRule rule = this.routing.update(id, ETags.expectedVersion(ifMatch), body.position(), body.strategy(),
				body.description().strip(), body.active());
		return ResponseEntity.ok().eTag(ETags.of(rule.version())).body(RuleView.of(rule));
	}

	@GetMapping("/api/v1/lead-routing-weights")
	@Operation(summary = "How candidates are weighed: free capacity and SLA record (HQ)")
	ResponseEntity<WeightsView> weights() {
		RoutingWeights weights = this.routing.weights();
		return ResponseEntity.ok().eTag(ETags.of(weights.version())).body(WeightsView.of(weights));
	}

	@PutMapping("/api/v1/lead-routing-weights")
	@Operation(summary = "Change the weights (HQ); send the ETag in If-Match")
	ResponseEntity<WeightsView> changeWeights(
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody WeightsView body) {
		RoutingWeights weights = this.routing.changeWeights(ETags.expectedVersion(ifMatch), body.capacityWeight(),
				body.slaWeight(), body.slaLookbackDays(), body.defaultDailyCapacity());
		return ResponseEntity.ok().eTag(ETags.of(weights.version())).body(WeightsView.of(weights));
	}

	@GetMapping("/api/v1/lead-dealer-capacities/{dealerId}")
	@Operation(summary = "A dealer's daily lead capacity and whether it accepts leads (HQ)")
	ResponseEntity<DealerCapacity> capacity(@PathVariable UUID dealerId) {
		DealerCapacity capacity = this.routing.capacity(dealerId);
		return ResponseEntity.ok().eTag(ETags.of(capacity.version())).body(capacity);
	}

	@PutMapping("/api/v1/lead-dealer-capacities/{dealerId}")
	@Operation(summary = "Set a dealer's daily lead capacity (absent: the default) or pause it (HQ); send the ETag")
	ResponseEntity<DealerCapacity> changeCapacity(@PathVariable UUID dealerId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody CapacityChange body) {
		DealerCapacity capacity = this.routing.changeCapacity(dealerId, ETags.expectedVersion(ifMatch),
				body.dailyCapacity(), body.accepting());
		return ResponseEntity.ok().eTag(ETags.of(capacity.version())).body(capacity);
	}

	@PutMapping("/api/v1/lead-consultant-weights/{staffId}")
	@Operation(summary = "A consultant's share of new leads relative to colleagues, 0 to 100 (0 pauses);"
			+ " dealer managers for their consultants")
	ConsultantWeight changeConsultantWeight(@PathVariable UUID staffId, @Valid @RequestBody ConsultantWeight body) {
		return new ConsultantWeight(body.dealerId(),
				this.routing.changeConsultantWeight(body.dealerId(), staffId, body.weight()));
	}

	record NewRule(@NotBlank @Pattern(regexp = "[a-z0-9-]{3,60}", message = "3 to 60 of a-z, 0-9 and '-'") String id,
			@NotNull Integer position, @NotBlank String strategy, @NotBlank @Size(max = 200) String description,
			@NotNull Boolean active) {
	}

	record RuleChange(@NotNull Integer position, @NotBlank String strategy,
			@NotBlank @Size(max = 200) String description, @NotNull Boolean active) {
	}

	record RuleView(String id, int position, String strategy, String description, boolean active, long version,
			Instant updatedAt) {

		static RuleView of(RoutingRule rule) {
			return new RuleView(rule.id(), rule.position(), rule.strategy().name(), rule.description(), rule.active(),
					rule.version(), rule.updatedAt());
		}

	}

	record WeightsView(@NotNull Integer capacityWeight, @NotNull Integer slaWeight, @NotNull Integer slaLookbackDays,
			@NotNull Integer defaultDailyCapacity) {

		static WeightsView of(RoutingWeights weights) {
			return new WeightsView(weights.capacityWeight(), weights.slaWeight(), weights.slaLookbackDays(),
					weights.defaultDailyCapacity());
		}

	}

	record CapacityChange(@Nullable Integer dailyCapacity, @NotNull Boolean accepting) {
	}

	record ConsultantWeight(@NotNull UUID dealerId, @NotNull Integer weight) {
	}

	record RoutingView(List<RuleView> rules, WeightsView weights) {
	}

}
