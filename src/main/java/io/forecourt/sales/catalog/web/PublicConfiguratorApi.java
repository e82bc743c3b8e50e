package io.forecourt.sales.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.forecourt.kernel.security.PublicApiEndpoint;
import io.forecourt.kernel.security.RateLimits;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.catalog.CatalogOffer;
import io.forecourt.sales.catalog.ConfigurationOutcome;
import io.forecourt.sales.catalog.VehicleConfigurator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The brand website's configurator: no API key (a buyer's browser cannot hold one), so
 * every call is rate-limited per address, prices are today's, and dealer prices are never
 * shown. A buyer can share the code of what they built, and a consultant opens it in the
 * console.
 */
@RestController
@Tag(name = "Public configurator", description = "The brand website's configurator; no API key, rate-limited")
class PublicConfiguratorApi {

	static final String BASE = "/api/v1/public";

	private final VehicleConfigurator configurator;

	private final RateLimits limits;

	private final int perAddressPerMinute;

	private final int savesPerAddressPerMinute;

	PublicConfiguratorApi(VehicleConfigurator configurator, RateLimits limits,
			@Value("${forecourt.sales.public-configurator.per-address-per-minute:120}") int perAddressPerMinute,
			@Value("${forecourt.sales.public-configurator.saves-per-address-per-minute:10}") int savesPerAddressPerMinute) {
		this.configurator = configurator;
		this.limits = limits;
		this.perAddressPerMinute = perAddressPerMinute;
		this.savesPerAddressPerMinute = savesPerAddressPerMinute;
	}

	@Bean
	static PublicApiEndpoint publicCatalogEndpoint() {
		return new PublicApiEndpoint(HttpMethod.GET, BASE + "/vehicle-catalog");
	}

	@Bean
	static PublicApiEndpoint publicConfigurationChecksEndpoint() {
		return new PublicApiEndpoint(HttpMethod.POST, BASE + "/configuration-checks");
	}

	@Bean
	static PublicApiEndpoint publicConfigurationsEndpoint() {
		return new PublicApiEndpoint(HttpMethod.POST, BASE + "/configurations");
	}

	@Bean
	static PublicApiEndpoint publicConfigurationEndpoint() {
		return new PublicApiEndpoint(HttpMethod.GET, BASE + "/configurations/*");
	}

	@GetMapping(BASE + "/vehicle-catalog")
	@Operation(summary = "Today's active models, trims, colours, packages and accessories with their MSRPs, and the"
			+ " rules between them; 429 over the rate per address")
	OfferView catalog(HttpServletRequest request) {
		limit(request);
		return OfferView.of(this.configurator.offerToday());
	}

	@PostMapping(BASE + "/configuration-checks")
	@Operation(summary = "Check and price choices at today's MSRPs without storing them; pricingDate is ignored")
	ConfigurationApi.CheckView check(@RequestBody ConfigurationRequest body, Locale locale,
			HttpServletRequest request) {
		limit(request);
		return switch (this.configurator.configurePublicly(body.selection(), false, locale)) {
			case ConfigurationOutcome.Priced priced ->
				new ConfigurationApi.CheckView(true, ConfigurationView.of(priced.configuration(), false), List.of());
			case ConfigurationOutcome.Rejected rejected -> new ConfigurationApi.CheckView(false, null,
					rejected.violations().stream().map(ConfigurationProblems.ViolationView::of).toList());
		};
	}

	@PostMapping(BASE + "/configurations")
	@Operation(summary = "Save a configuration at today's MSRPs and get its share code: 201, or 422"
			+ " invalid-configuration with every broken rule; a stricter rate per address than checks")
	ResponseEntity<?> create(@RequestBody ConfigurationRequest body, Locale locale, HttpServletRequest request,
			UriComponentsBuilder uris) {
		limit(request);
		this.limits.consume("public-configurator-save:" + request.getRemoteAddr(), this.savesPerAddressPerMinute,
				"saving configurations from this address");
		return switch (this.configurator.configurePublicly(body.selection(), true, locale)) {
			case ConfigurationOutcome.Priced priced ->
				ResponseEntity.created(uris.path(BASE + "/configurations/{code}").build(priced.configuration().code()))
					.body(ConfigurationView.of(priced.configuration(), false));
			case ConfigurationOutcome.Rejected rejected -> ConfigurationProblems.invalid(rejected.violations());
		};
	}

	@GetMapping(BASE + "/configurations/{code}")
	@Operation(summary = "A shared configuration by its code, MSRPs only")
	ConfigurationView get(@PathVariable String code, HttpServletRequest request) {
		limit(request);
		return this.configurator.find(code)
			.map(c -> ConfigurationView.of(c, false))
			.orElseThrow(() -> ProblemException.notFound("Configuration", code));
	}

	private void limit(HttpServletRequest request) {
		// counted per sender before anything is read
		this.limits.consume("public-configurator:" + request.getRemoteAddr(), this.perAddressPerMinute,
				"from this address");
	}

	/** Today's offer: items with their MSRP (null when unpriced today) and rules. */
	record OfferView(LocalDate day, List<OfferItem> items, List<OfferRule> rules) {

		static OfferView of(CatalogOffer offer) {
			return new OfferView(offer.day(),
					offer.items()
						.stream()
						.map(item -> new OfferItem(item.code(), item.kind().name(), item.modelCode(), item.nameZh(),
								item.nameEn(), item.powertrain() == null ? null : item.powertrain().name(),
								item.colourHex(), offer.msrp().get(item.code())))
						.toList(),
					offer.rules()
						.stream()
						.map(rule -> new OfferRule(rule.type().name(), rule.subjectCode(), rule.objectCode()))
						.toList());
		}

	}

	record OfferItem(String code, String kind, @Nullable String modelCode, String nameZh, String nameEn,
			@Nullable String powertrain, @Nullable String colourHex, @Nullable BigDecimal msrp) {
	}

	record OfferRule(String type, String subjectCode, String objectCode) {
	}

}
