package io.forecourt.sales.catalog.web;

import java.time.Instant;
import java.util.List;

import io.forecourt.sales.catalog.CatalogAdministration;
import io.forecourt.sales.catalog.CatalogRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The rules between catalog choices over the API: REQUIRES, EXCLUDES, INCLUDES (at no
 * charge) and ONLY_WITH_TRIM. A rule is added or removed, never changed.
 */
@RestController
@Tag(name = "Vehicle rules", description = "Rules between catalog choices that the configurator checks")
class VehicleRuleApi {

	static final String RULES = "/api/v1/vehicle-rules";

	private final CatalogAdministration catalog;

	VehicleRuleApi(CatalogAdministration catalog) {
		this.catalog = catalog;
	}

	@GetMapping(RULES)
	@Operation(summary = "Every rule")
	List<RuleView> rules() {
		return this.catalog.rules().stream().map(RuleView::of).toList();
	}

	@GetMapping(RULES + "/{id}")
	@Operation(summary = "One rule")
	RuleView rule(@PathVariable long id) {
		return RuleView.of(this.catalog.rule(id));
	}

	@PostMapping(RULES)
	@Operation(summary = "Add a rule (HQ). REQUIRES: choosing subject needs object; EXCLUDES: not both; INCLUDES:"
			+ " the subject trim or package brings the object at no charge; ONLY_WITH_TRIM: the subject only with the"
			+ " object trim or any trim of the object model (several are alternatives). 409 if it exists")
	ResponseEntity<RuleView> add(@RequestBody NewRule body, UriComponentsBuilder uris) {
		CatalogRule rule = this.catalog.addRule(body.type(), body.subjectCode(), body.objectCode());
		return ResponseEntity.created(uris.path(RULES + "/{id}").build(rule.id())).body(RuleView.of(rule));
	}

	@DeleteMapping(RULES + "/{id}")
	@Operation(summary = "Remove a rule (HQ)")
	ResponseEntity<Void> remove(@PathVariable long id) {
		this.catalog.removeRule(id);
		return ResponseEntity.noContent().build();
	}

	record NewRule(@Nullable String type, @Nullable String subjectCode, @Nullable String objectCode) {
	}

	record RuleView(long id, String type, String subjectCode, String objectCode, Instant createdAt, String createdBy) {

		static RuleView of(CatalogRule rule) {
			return new RuleView(rule.id(), rule.type().name(), rule.subjectCode(), rule.objectCode(), rule.createdAt(),
					rule.createdBy());
		}

	}

}
