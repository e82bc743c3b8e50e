package io.forecourt.sales.catalog.web;

import java.util.List;
import java.util.Locale;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.catalog.ConfigurationChannel;
import io.forecourt.sales.catalog.ConfigurationOutcome;
import io.forecourt.sales.catalog.VehicleConfigurator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The configurator for consultants' tools and the brand app: check a set of choices,
 * store a valid one under a share code as priced that day, and read it back by code.
 */
@RestController
@Tag(name = "Configurations", description = "Check, price and share vehicle configurations")
class ConfigurationApi {

	static final String CONFIGURATIONS = "/api/v1/configurations";

	private final VehicleConfigurator configurator;

	ConfigurationApi(VehicleConfigurator configurator) {
		this.configurator = configurator;
	}

	@PostMapping(CONFIGURATIONS)
	@Operation(summary = "Make a configuration (SALES_WRITE): 201 with the priced configuration and its share code,"
			+ " stored as priced on pricingDate (default today); 422 invalid-configuration listing every broken rule"
			+ " (rule, choices, message in the Accept-Language: zh-CN or en); 400 for unknown codes. A refused"
			+ " configuration stores nothing")
	ResponseEntity<?> create(@RequestBody ConfigurationRequest body, Locale locale, UriComponentsBuilder uris) {
		ConfigurationOutcome outcome = this.configurator.configure(body.selection(), ConfigurationChannel.API, locale);
		return switch (outcome) {
			case ConfigurationOutcome.Priced priced ->
				ResponseEntity.created(uris.path(CONFIGURATIONS + "/{code}").build(priced.configuration().code()))
					.body(ConfigurationView.of(priced.configuration(), true));
			case ConfigurationOutcome.Rejected rejected -> ConfigurationProblems.invalid(rejected.violations());
		};
	}

	@PostMapping("/api/v1/configuration-checks")
	@Operation(summary = "Check and price choices without storing them (SALES_READ): 200 with valid, the priced"
			+ " configuration (no code) and no violations, or valid false with every violation")
	CheckView check(@RequestBody ConfigurationRequest body, Locale locale) {
		return switch (this.configurator.check(body.selection(), locale)) {
			case ConfigurationOutcome.Priced priced ->
				new CheckView(true, ConfigurationView.of(priced.configuration(), true), List.of());
			case ConfigurationOutcome.Rejected rejected -> new CheckView(false, null,
					rejected.violations().stream().map(ConfigurationProblems.ViolationView::of).toList());
		};
	}

	@GetMapping(CONFIGURATIONS + "/{code}")
	@Operation(summary = "A configuration by its share code (case-insensitive; SALES_READ), priced as when it was made")
	ConfigurationView get(@PathVariable String code) {
		return this.configurator.lookUp(code)
			.map(c -> ConfigurationView.of(c, true))
			.orElseThrow(() -> ProblemException.notFound("Configuration", code));
	}

	/** The answer to a check: a priced configuration, or what is wrong with it. */
	record CheckView(boolean valid, @org.jspecify.annotations.Nullable ConfigurationView configuration,
			List<ConfigurationProblems.ViolationView> violations) {
	}

}
