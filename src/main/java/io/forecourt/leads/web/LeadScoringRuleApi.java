package io.forecourt.leads.web;

import java.time.Instant;
import java.util.List;

import io.forecourt.kernel.web.ETags;
import io.forecourt.leads.grading.GradeThresholds;
import io.forecourt.leads.grading.ScoringRule;
import io.forecourt.leads.grading.ScoringRuleAdministration;
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

/** HQ's lead scoring configuration: the rules and the grade thresholds. */
@RestController
@Tag(name = "Lead scoring", description = "Rules and thresholds that give every new lead its first grade")
class LeadScoringRuleApi {

	private static final String RULES = "/api/v1/lead-scoring-rules";

	private final ScoringRuleAdministration scoring;

	LeadScoringRuleApi(ScoringRuleAdministration scoring) {
		this.scoring = scoring;
	}

	@GetMapping(RULES)
	@Operation(summary = "All scoring rules (active or not) and the grade thresholds (HQ)")
	ScoringView list() {
		return new ScoringView(this.scoring.rules().stream().map(RuleView::of).toList(),
				ThresholdsView.of(this.scoring.thresholds()));
	}

	@GetMapping(RULES + "/{id}")
	@Operation(summary = "One scoring rule, with its ETag (HQ)")
	ResponseEntity<RuleView> get(@PathVariable String id) {
		return withETag(ResponseEntity.ok(), this.scoring.rule(id));
	}

	@PostMapping(RULES)
	@Operation(summary = "Add a scoring rule (HQ); it grades the next lead")
	ResponseEntity<RuleView> create(@Valid @RequestBody NewRule body, UriComponentsBuilder uris) {
		ScoringRule rule = this.scoring.create(body.id(), body.factor(), body.matchValue(), body.points(),
				body.description().strip(), body.active());
		return withETag(ResponseEntity.created(uris.path(RULES + "/{id}").build(rule.id())), rule);
	}

	@PutMapping(RULES + "/{id}")
	@Operation(summary = "Change a scoring rule (HQ); send its ETag in If-Match")
	ResponseEntity<RuleView> update(@PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody RuleChange body) {
		long expected = ETags.expectedVersion(ifMatch);
		return withETag(ResponseEntity.ok(), this.scoring.update(id, expected, body.matchValue(), body.points(),
				body.description().strip(), body.active()));
	}

	@PutMapping("/api/v1/lead-grade-thresholds")
	@Operation(summary = "Set the minimum score of each grade (HQ); strictly decreasing H > A > B > C")
	ThresholdsView thresholds(@Valid @RequestBody ThresholdsView body) {
		return ThresholdsView.of(this.scoring.changeThresholds(body.h(), body.a(), body.b(), body.c()));
	}

	private static ResponseEntity<RuleView> withETag(ResponseEntity.BodyBuilder response, ScoringRule rule) {
		return response.eTag(ETags.of(rule.version())).body(RuleView.of(rule));
	}

	record NewRule(@NotBlank @Pattern(regexp = "[a-z0-9-]{3,60}", message = "3 to 60 of a-z, 0-9 and '-'") String id,
			@NotBlank String factor, @NotBlank @Size(max = 100) String matchValue, @NotNull Integer points,
			@NotBlank @Size(max = 200) String description, @NotNull Boolean active) {
	}

	record RuleChange(@NotBlank @Size(max = 100) String matchValue, @NotNull Integer points,
			@NotBlank @Size(max = 200) String description, @NotNull Boolean active) {
	}

	record RuleView(String id, String factor, String matchValue, int points, String description, boolean active,
			long version, Instant updatedAt) {

		static RuleView of(ScoringRule rule) {
			return new RuleView(rule.id(), rule.factor().name(), rule.matchValue(), rule.points(), rule.description(),
					rule.active(), rule.version(), rule.updatedAt());
		}

	}

	/** The lowest score of each grade; below C's minimum a lead is still C. */
	record ThresholdsView(@NotNull Integer h, @NotNull Integer a, @NotNull Integer b, @NotNull Integer c) {

		static ThresholdsView of(GradeThresholds thresholds) {
			return new ThresholdsView(thresholds.h(), thresholds.a(), thresholds.b(), thresholds.c());
		}

	}

	record ScoringView(List<RuleView> rules, ThresholdsView thresholds) {
	}

}
