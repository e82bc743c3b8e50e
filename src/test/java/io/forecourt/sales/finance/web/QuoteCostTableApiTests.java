package io.forecourt.sales.finance.web;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.sales.finance.QuoteCosts;
import io.forecourt.kernel.geo.CityCode;
import io.forecourt.support.ApiKeysForTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HQ edits the quote cost tables: ETags, audit, overlap and field checks that write
 * nothing, and the edits reaching {@link QuoteCosts}. Tests add rows in periods and
 * cities of their own (days before the seeded 2023 rules, far-future days for cities) so
 * the seeded rows other tests rely on stay as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteCostTableApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QuoteCosts costs;

	String hq;

	String dealerManager;

	@BeforeAll
	void keys() {
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		UUID dealer = this.jdbc.sql("SELECT id FROM dealers ORDER BY code").query(UUID.class).list().get(0);
		this.dealerManager = ApiKeysForTests.issue(this.accounts, Role.DEALER_MANAGER, AccessScope.dealer(dealer));
	}

	private MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return ApiKeysForTests.bearer(request, key).contentType(MediaType.APPLICATION_JSON);
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private long audits(String type) {
		return this.jdbc.sql("SELECT count(*) FROM audit_log WHERE resource_type = ?")
			.param(type)
			.query(Long.class)
			.single();
	}

	/** A day before the seeded rules that no other rule covers yet. */
	private LocalDate freeDayBefore2023() {
		while (true) {
			LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12_000));
			long covering = this.jdbc
				.sql("SELECT count(*) FROM sales_purchase_tax_rules WHERE valid_from <= ? AND (valid_to IS NULL"
						+ " OR valid_to >= ?)")
				.params(java.sql.Date.valueOf(day.minusDays(1)), java.sql.Date.valueOf(day.minusDays(1)))
				.query(Long.class)
				.single();
			if (covering == 0 && day.plusDays(1).isBefore(LocalDate.of(2023, 1, 1))) {
				return day;
			}
		}
	}

	private static String taxRule(LocalDate from, LocalDate to, String relief, String cap) {
		return """
				{"validFrom": "%s", "validTo": "%s", "taxRatePercent": 10, "vatRatePercent": 17,
				 "nevRelief": "%s", "nevReliefCap": %s, "legalBasis": "test rule"}
				""".formatted(from, to, relief, cap);
	}

	@Test
	void everyoneWhoSellsSeesTheSeededRules() throws Exception {
		this.mvc.perform(as(this.dealerManager, get("/api/v1/purchase-tax-rules")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].nevReliefCap", hasItem(30000.00)))
			.andExpect(jsonPath("$[*].nevRelief", hasItem("HALF")));
		this.mvc.perform(as(this.dealerManager, get("/api/v1/registration-fees")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].cityCode").doesNotExist())
			.andExpect(jsonPath("$[0].amount").value(500.00));
		this.mvc.perform(as(this.dealerManager, get("/api/v1/insurance-rates")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].compulsoryPremium").value(950.00));
	}

	@Test
	void hqAddsAndChangesAPurchaseTaxRuleWithETagsAndAudit() throws Exception {
		LocalDate day = freeDayBefore2023();
		long audited = audits("purchase-tax-rule");
		String location = this.mvc
			.perform(as(this.hq, post("/api/v1/purchase-tax-rules")).content(taxRule(day, day, "EXEMPT", "null")))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		// A 2008 invoice included 17% VAT: 117,000 → 100,000 taxable → 10,000, waived.
		assertThat(this.costs.purchaseTax(new java.math.BigDecimal("117000"), io.forecourt.sales.Powertrain.BEV, day)
			.tax()).isEqualByComparingTo("0");

		this.mvc
			.perform(as(this.hq, put(location)).header("If-Match", "\"0\"").content(taxRule(day, day, "HALF", "2000")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.nevRelief").value("HALF"));
		assertThat(this.costs.purchaseTax(new java.math.BigDecimal("117000"), io.forecourt.sales.Powertrain.BEV, day)
			.tax()).isEqualByComparingTo("8000.00");
		assertThat(audits("purchase-tax-rule")).isEqualTo(audited + 2);

		// A stale ETag and a missing one change nothing.
		this.mvc
			.perform(as(this.hq, put(location)).header("If-Match", "\"0\"").content(taxRule(day, day, "NONE", "null")))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(as(this.hq, put(location)).content(taxRule(day, day, "NONE", "null")))
			.andExpect(status().isPreconditionRequired());
		this.mvc.perform(as(this.hq, get(location)))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.nevRelief").value("HALF"));
	}

	@Test
	void invalidOrOverlappingRulesAreRefusedAndNothingIsWritten() throws Exception {
		long rules = count("sales_purchase_tax_rules");
		long audited = audits("purchase-tax-rule");
		this.mvc.perform(as(this.hq, post("/api/v1/purchase-tax-rules")).content("""
				{"validFrom": "2001-05-01", "validTo": "2001-04-01", "taxRatePercent": 120, "vatRatePercent": null,
				 "nevRelief": "FREE", "nevReliefCap": 1.001, "legalBasis": " "}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("validTo", "taxRatePercent", "vatRatePercent",
					"nevRelief", "nevReliefCap", "legalBasis")));
		// Overlaps the seeded 2026–2027 rule.
		this.mvc
			.perform(as(this.hq, post("/api/v1/purchase-tax-rules"))
				.content(taxRule(LocalDate.of(2027, 6, 1), LocalDate.of(2030, 1, 1), "NONE", "null")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validFrom"));
		// A relief cap without a relief is a contradiction.
		LocalDate day = freeDayBefore2023();
		this.mvc.perform(as(this.hq, post("/api/v1/purchase-tax-rules")).content(taxRule(day, day, "NONE", "100")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nevReliefCap"));
		assertThat(count("sales_purchase_tax_rules")).isEqualTo(rules);
		assertThat(audits("purchase-tax-rule")).isEqualTo(audited);
	}

	@Test
	void onlyHqChangesTheTables() throws Exception {
		long rules = count("sales_purchase_tax_rules");
		long fees = count("sales_registration_fees");
		LocalDate day = freeDayBefore2023();
		this.mvc
			.perform(as(this.dealerManager, post("/api/v1/purchase-tax-rules"))
				.content(taxRule(day, day, "NONE", "null")))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(this.dealerManager, post("/api/v1/registration-fees")).content("""
				{"cityCode": "110100", "amount": 1, "description": "cheap", "validFrom": "9000-01-01"}
				""")).andExpect(status().isForbidden());
		this.mvc
			.perform(as(this.dealerManager, put("/api/v1/registration-fees/5a1e0000-0000-4000-8000-000000100000"))
				.header("If-Match", "\"0\"")
				.content("""
						{"amount": 1, "description": "cheap", "validFrom": "2024-01-01"}
						"""))
			.andExpect(status().isForbidden());
		assertThat(count("sales_purchase_tax_rules")).isEqualTo(rules);
		assertThat(count("sales_registration_fees")).isEqualTo(fees);
	}

	@Test
	void aCityRateOverridesTheDefaultOnlyWhileItIsInForce() throws Exception {
		// Hohhot's estimate, far in the future so no other test's day is touched.
		int year = 3000 + ThreadLocalRandom.current().nextInt(5000);
		LocalDate from = LocalDate.of(year, 3, 1);
		CityCode city = new CityCode("150100");
		String location = this.mvc.perform(as(this.hq, post("/api/v1/registration-fees")).content("""
				{"cityCode": "150100", "amount": 650, "description": "Hohhot", "validFrom": "%s", "validTo": "%s"}
				""".formatted(from, from.plusDays(30))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cityCode").value("150100"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(this.costs.registrationEstimate(city, from).amount()).isEqualByComparingTo("650");
		assertThat(this.costs.registrationEstimate(city, from).cityRate()).isTrue();
		assertThat(this.costs.registrationEstimate(city, from.minusDays(1)).amount()).isEqualByComparingTo("500");
		assertThat(this.costs.registrationEstimate(city, from.minusDays(1)).cityRate()).isFalse();

		// The city cannot move, and a second row may not overlap the first.
		this.mvc.perform(as(this.hq, put(location)).header("If-Match", "\"0\"").content("""
				{"cityCode": "110100", "amount": 650, "description": "Hohhot", "validFrom": "%s"}
				""".formatted(from)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cityCode"));
		this.mvc.perform(as(this.hq, post("/api/v1/registration-fees")).content("""
				{"cityCode": "150100", "amount": 700, "description": "again", "validFrom": "%s"}
				""".formatted(from.plusDays(30)))).andExpect(status().isBadRequest());
		this.mvc.perform(as(this.hq, post("/api/v1/registration-fees")).content("""
				{"cityCode": "150000", "amount": -1, "description": "", "validFrom": null}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("cityCode", "amount", "description", "validFrom")));
	}

	@Test
	void insuranceIsCompulsoryPlusBasePlusAPercentageOfThePrice() throws Exception {
		assertThat(this.costs.insuranceEstimate(new java.math.BigDecimal("200000"), 5, LocalDate.of(2026, 5, 1)))
			.satisfies(estimate -> {
				assertThat(estimate.compulsory()).isEqualByComparingTo("950");
				assertThat(estimate.commercial()).isEqualByComparingTo("4100.00");
				assertThat(estimate.total()).isEqualByComparingTo("5050.00");
			});
		assertThat(this.costs.insuranceEstimate(new java.math.BigDecimal("300000"), 7, LocalDate.of(2026, 5, 1))
			.compulsory()).isEqualByComparingTo("1100");
		long rates = count("sales_insurance_rates");
		// Seats 4–6 overlap both seeded bands.
		this.mvc.perform(as(this.hq, post("/api/v1/insurance-rates")).content("""
				{"minSeats": 4, "maxSeats": 6, "compulsoryPremium": 950, "commercialBase": 1000,
				 "commercialRatePercent": 1.2, "description": "overlap", "validFrom": "2026-01-01"}
				""")).andExpect(status().isBadRequest());
		this.mvc.perform(as(this.hq, post("/api/v1/insurance-rates")).content("""
				{"minSeats": 9, "maxSeats": 2, "compulsoryPremium": 950.001, "commercialBase": null,
				 "commercialRatePercent": 101, "description": "bad", "validFrom": "2026-01-01"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("maxSeats", "compulsoryPremium", "commercialBase", "commercialRatePercent")));
		// A bus band of its own is accepted.
		this.mvc.perform(as(this.hq, post("/api/v1/insurance-rates")).content("""
				{"minSeats": 10, "maxSeats": 60, "compulsoryPremium": 1500, "commercialBase": 2000,
				 "commercialRatePercent": 2, "description": "Bus", "validFrom": "2026-01-01"}
				""")).andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""));
		assertThat(count("sales_insurance_rates")).isEqualTo(rates + 1);
	}

}
