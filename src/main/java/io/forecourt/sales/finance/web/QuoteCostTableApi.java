package io.forecourt.sales.finance.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.web.ETags;
import io.forecourt.sales.finance.CostTableAdministration;
import io.forecourt.sales.finance.InsuranceRate;
import io.forecourt.sales.finance.InsuranceRateInput;
import io.forecourt.sales.finance.PurchaseTaxRule;
import io.forecourt.sales.finance.PurchaseTaxRuleInput;
import io.forecourt.sales.finance.RegistrationFee;
import io.forecourt.sales.finance.RegistrationFeeInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/**
 * The quote cost tables: read by everyone who sells, changed by HQ with ETag/If-Match.
 * Rows of one key (the purchase tax table; a city's registration fee; overlapping seat
 * bands) must not overlap in time: end the old row, then add the new one.
 */
@RestController
@Tag(name = "Quote cost tables",
		description = "Purchase tax rules, registration fee estimates by city and insurance estimate rates (HQ)")
class QuoteCostTableApi {

	private static final String TAX = "/api/v1/purchase-tax-rules";

	private static final String REGISTRATION = "/api/v1/registration-fees";

	private static final String INSURANCE = "/api/v1/insurance-rates";

	private final CostTableAdministration tables;

	QuoteCostTableApi(CostTableAdministration tables) {
		this.tables = tables;
	}

	@GetMapping(TAX)
	@Operation(summary = "All purchase tax rules, oldest first (SALES_READ)")
	List<TaxRuleView> taxRules() {
		return this.tables.purchaseTaxRules().stream().map(TaxRuleView::of).toList();
	}

	@GetMapping(TAX + "/{id}")
	@Operation(summary = "One purchase tax rule with its ETag (SALES_READ)")
	ResponseEntity<TaxRuleView> taxRule(@PathVariable UUID id) {
		PurchaseTaxRule rule = this.tables.purchaseTaxRule(id);
		return ResponseEntity.ok().eTag(ETags.of(rule.version())).body(TaxRuleView.of(rule));
	}

	@PostMapping(TAX)
	@Operation(summary = "Add a purchase tax rule (CATALOG_WRITE)")
	ResponseEntity<TaxRuleView> createTaxRule(@RequestBody PurchaseTaxRuleInput body, UriComponentsBuilder uris) {
		PurchaseTaxRule rule = this.tables.createPurchaseTaxRule(body);
		return ResponseEntity.created(uris.path(TAX + "/{id}").build(rule.id()))
			.eTag(ETags.of(rule.version()))
			.body(TaxRuleView.of(rule));
	}

	@PutMapping(TAX + "/{id}")
	@Operation(summary = "Change a purchase tax rule (CATALOG_WRITE); send its ETag in If-Match")
	ResponseEntity<TaxRuleView> updateTaxRule(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody PurchaseTaxRuleInput body) {
		long expected = ETags.expectedVersion(ifMatch);
		PurchaseTaxRule rule = this.tables.updatePurchaseTaxRule(id, expected, body);
		return ResponseEntity.ok().eTag(ETags.of(rule.version())).body(TaxRuleView.of(rule));
	}

	@GetMapping(REGISTRATION)
	@Operation(summary = "Registration fee estimates: the default (cityCode null) and the cities' (SALES_READ)")
	List<RegistrationView> registrationFees() {
		return this.tables.registrationFees().stream().map(RegistrationView::of).toList();
	}

	@GetMapping(REGISTRATION + "/{id}")
	@Operation(summary = "One registration fee estimate with its ETag (SALES_READ)")
	ResponseEntity<RegistrationView> registrationFee(@PathVariable UUID id) {
		RegistrationFee fee = this.tables.registrationFee(id);
		return ResponseEntity.ok().eTag(ETags.of(fee.version())).body(RegistrationView.of(fee));
	}

	@PostMapping(REGISTRATION)
	@Operation(summary = "Add a registration fee estimate for a city, or a default (CATALOG_WRITE)")
	ResponseEntity<RegistrationView> createRegistrationFee(@RequestBody RegistrationFeeInput body,
			UriComponentsBuilder uris) {
		RegistrationFee fee = this.tables.createRegistrationFee(body);
		return ResponseEntity.created(uris.path(REGISTRATION + "/{id}").build(fee.id()))
			.eTag(ETags.of(fee.version()))
			.body(RegistrationView.of(fee));
	}

	@PutMapping(REGISTRATION + "/{id}")
	@Operation(summary = "Change a registration fee estimate (CATALOG_WRITE); send its ETag in If-Match")
	ResponseEntity<RegistrationView> updateRegistrationFee(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody RegistrationFeeInput body) {
		long expected = ETags.expectedVersion(ifMatch);
		RegistrationFee fee = this.tables.updateRegistrationFee(id, expected, body);
		return ResponseEntity.ok().eTag(ETags.of(fee.version())).body(RegistrationView.of(fee));
	}

	@GetMapping(INSURANCE)
	@Operation(summary = "Insurance estimate rates by seat band (SALES_READ)")
	List<InsuranceView> insuranceRates() {
		return this.tables.insuranceRates().stream().map(InsuranceView::of).toList();
	}

	@GetMapping(INSURANCE + "/{id}")
	@Operation(summary = "One insurance estimate rate with its ETag (SALES_READ)")
	ResponseEntity<InsuranceView> insuranceRate(@PathVariable UUID id) {
		InsuranceRate rate = this.tables.insuranceRate(id);
		return ResponseEntity.ok().eTag(ETags.of(rate.version())).body(InsuranceView.of(rate));
	}

	@PostMapping(INSURANCE)
	@Operation(summary = "Add an insurance estimate rate for a seat band (CATALOG_WRITE)")
	ResponseEntity<InsuranceView> createInsuranceRate(@RequestBody InsuranceRateInput body, UriComponentsBuilder uris) {
		InsuranceRate rate = this.tables.createInsuranceRate(body);
		return ResponseEntity.created(uris.path(INSURANCE + "/{id}").build(rate.id()))
			.eTag(ETags.of(rate.version()))
			.body(InsuranceView.of(rate));
	}

	@PutMapping(INSURANCE + "/{id}")
	@Operation(summary = "Change an insurance estimate rate (CATALOG_WRITE); send its ETag in If-Match")
	ResponseEntity<InsuranceView> updateInsuranceRate(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody InsuranceRateInput body) {
		long expected = ETags.expectedVersion(ifMatch);
		InsuranceRate rate = this.tables.updateInsuranceRate(id, expected, body);
		return ResponseEntity.ok().eTag(ETags.of(rate.version())).body(InsuranceView.of(rate));
	}

	record TaxRuleView(UUID id, LocalDate validFrom, @Nullable LocalDate validTo, BigDecimal taxRatePercent,
			BigDecimal vatRatePercent, String nevRelief, @Nullable BigDecimal nevReliefCap, String legalBasis,
			long version, Instant updatedAt) {

		static TaxRuleView of(PurchaseTaxRule rule) {
			return new TaxRuleView(rule.id(), rule.validity().from(), rule.validity().to(), rule.taxRatePercent(),
					rule.vatRatePercent(), rule.nevRelief().name(), rule.nevReliefCap(), rule.legalBasis(),
					rule.version(), rule.updatedAt());
		}

	}

	record RegistrationView(UUID id, @Nullable String cityCode, BigDecimal amount, String description,
			LocalDate validFrom, @Nullable LocalDate validTo, long version, Instant updatedAt) {

		static RegistrationView of(RegistrationFee fee) {
			return new RegistrationView(fee.id(), fee.city() == null ? null : fee.city().value(), fee.amount(),
					fee.description(), fee.validity().from(), fee.validity().to(), fee.version(), fee.updatedAt());
		}

	}

	record InsuranceView(UUID id, int minSeats, int maxSeats, BigDecimal compulsoryPremium, BigDecimal commercialBase,
			BigDecimal commercialRatePercent, String description, LocalDate validFrom, @Nullable LocalDate validTo,
			long version, Instant updatedAt) {

		static InsuranceView of(InsuranceRate rate) {
			return new InsuranceView(rate.id(), rate.minSeats(), rate.maxSeats(), rate.compulsoryPremium(),
					rate.commercialBase(), rate.commercialRatePercent(), rate.description(), rate.validity().from(),
					rate.validity().to(), rate.version(), rate.updatedAt());
		}

	}

}
