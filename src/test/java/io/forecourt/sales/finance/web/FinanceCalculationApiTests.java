package io.forecourt.sales.finance.web;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The finance calculator and the purchase tax over HTTP: schedules, every invalid field
 * named, who may ask, and the new-energy relief on both sides of 2025-12-31 and at its
 * caps under the seeded rules (财政部 税务总局 工业和信息化部公告2023年第10号: 2024–2025 exempt up to 30,000
 * yuan of tax per vehicle, 2026–2027 halved with at most 15,000 spared).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceCalculationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	/** The brand app: sells, so it may calculate. */
	String seller;

	String serviceAdvisor;

	@BeforeAll
	void keys() {
		this.seller = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		this.serviceAdvisor = ApiKeysForTests.issue(this.accounts, Role.SERVICE_ADVISOR, AccessScope.all());
	}

	private ResultActions send(String key, String path, String json) throws Exception {
		return this.mvc
			.perform(ApiKeysForTests.bearer(post(path), key).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void aSellerGetsAScheduleThatReconciles() throws Exception {
		send(this.seller, "/api/v1/finance-calculations", """
				{"vehiclePrice": 189900, "downPayment": {"percent": 30}, "termMonths": 36,
				 "annualRatePercent": 4.5, "method": "EQUAL_INSTALLMENT", "fees": 1200, "feeTreatment": "FINANCED"}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.downPayment").value(56970.00))
			.andExpect(jsonPath("$.financedAmount").value(134130.00))
			.andExpect(jsonPath("$.rows.length()").value(36))
			.andExpect(jsonPath("$.rows[0].period").value(1))
			.andExpect(jsonPath("$.rows[35].remainingBalance").value(0))
			.andExpect(jsonPath("$.totals.principal").value(134130.00))
			.andExpect(jsonPath("$.totals.upfront").value(56970.00));
	}

	@Test
	void aBalloonScheduleEndsWithItsBalloonLine() throws Exception {
		send(this.seller, "/api/v1/finance-calculations", """
				{"vehiclePrice": 200000, "downPayment": {"amount": 40000}, "termMonths": 24,
				 "annualRatePercent": 0, "method": "BALLOON", "finalPayment": {"percent": 30}}
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.regularPayment").value(4166.67))
			.andExpect(jsonPath("$.rows[24].kind").value("BALLOON"))
			.andExpect(jsonPath("$.rows[24].payment").value(60000.00))
			.andExpect(jsonPath("$.totals.interest").value(0));
	}

	@Test
	void everyInvalidFieldIsNamed() throws Exception {
		send(this.seller, "/api/v1/finance-calculations", """
				{"vehiclePrice": 100000, "downPayment": {"amount": 120000}, "termMonths": 85,
				 "annualRatePercent": 40, "method": "EQUAL_INSTALLMENT"}
				""").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("termMonths", "annualRatePercent", "downPayment")));
		send(this.seller, "/api/v1/finance-calculations", """
				{"downPayment": {"amount": 1, "percent": 2}, "method": "WEEKLY"}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("vehiclePrice", "termMonths", "annualRatePercent", "method", "downPayment")));
		send(this.seller, "/api/v1/finance-calculations", """
				{"vehiclePrice": 100000, "termMonths": 12, "annualRatePercent": 3, "method": "LEASE_WITH_RESIDUAL"}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("finalPayment"));
	}

	@Test
	void onlyPeopleWhoSellMayCalculate() throws Exception {
		send(this.serviceAdvisor, "/api/v1/finance-calculations", """
				{"vehiclePrice": 100000, "termMonths": 12, "annualRatePercent": 3, "method": "EQUAL_PRINCIPAL"}
				""").andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/purchase-tax-calculations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"invoicePrice\": 100000, \"powertrain\": \"ICE\"}"))
			.andExpect(status().isUnauthorized());
	}

	private ResultActions tax(String price, String powertrain, String date) throws Exception {
		return send(this.seller, "/api/v1/purchase-tax-calculations", """
				{"invoicePrice": %s, "powertrain": "%s", "purchaseDate": "%s"}
				""".formatted(price, powertrain, date)).andExpect(status().isOk());
	}

	@Test
	void aPetrolCarPaysTenPercentOfThePriceWithoutVat() throws Exception {
		tax("226000", "ICE", "2025-12-31").andExpect(jsonPath("$.taxablePrice").value(200000.00))
			.andExpect(jsonPath("$.tax").value(20000.00))
			.andExpect(jsonPath("$.reliefApplied").value("NONE"));
		// An ordinary hybrid is not new energy.
		tax("226000", "HEV", "2026-01-01").andExpect(jsonPath("$.tax").value(20000.00));
	}

	@Test
	void onTheLastDayOf2025ANewEnergyCarIsExemptUpToThirtyThousand() throws Exception {
		// 339,000 / 1.13 = 300,000: the full tax is 30,000, exactly the cap.
		tax("339000", "BEV", "2025-12-31").andExpect(jsonPath("$.fullTax").value(30000.00))
			.andExpect(jsonPath("$.reliefApplied").value("EXEMPT"))
			.andExpect(jsonPath("$.relief").value(30000.00))
			.andExpect(jsonPath("$.capApplied").value(false))
			.andExpect(jsonPath("$.tax").value(0))
			.andExpect(jsonPath("$.legalBasis").value(containsString("2023年第10号")));
		// One yuan of tax over the cap is paid.
		tax("339011.30", "PHEV", "2025-12-31").andExpect(jsonPath("$.fullTax").value(30001.00))
			.andExpect(jsonPath("$.capApplied").value(true))
			.andExpect(jsonPath("$.relief").value(30000.00))
			.andExpect(jsonPath("$.tax").value(1.00));
		tax("400000", "FCEV", "2025-12-31").andExpect(jsonPath("$.fullTax").value(35398.23))
			.andExpect(jsonPath("$.tax").value(5398.23));
	}

	@Test
	void fromTheFirstDayOf2026ANewEnergyCarPaysHalfWithAtMostFifteenThousandSpared() throws Exception {
		tax("339000", "BEV", "2026-01-01").andExpect(jsonPath("$.reliefApplied").value("HALF"))
			.andExpect(jsonPath("$.relief").value(15000.00))
			.andExpect(jsonPath("$.capApplied").value(false))
			.andExpect(jsonPath("$.tax").value(15000.00));
		// 400,000 / 1.13 = 353,982.30; 10% = 35,398.23; half is 17,699.12, over the cap.
		tax("400000", "BEV", "2026-01-01").andExpect(jsonPath("$.relief").value(15000.00))
			.andExpect(jsonPath("$.capApplied").value(true))
			.andExpect(jsonPath("$.tax").value(20398.23))
			.andExpect(jsonPath("$.explanation").value(containsString("capped at 15000.00")));
		tax("113000", "PHEV", "2027-12-31").andExpect(jsonPath("$.tax").value(5000.00));
		tax("113000", "PHEV", "2028-01-01").andExpect(jsonPath("$.reliefApplied").value("NONE"))
			.andExpect(jsonPath("$.tax").value(10000.00));
	}

	@Test
	void badTaxRequestsAreNamed() throws Exception {
		send(this.seller, "/api/v1/purchase-tax-calculations", """
				{"invoicePrice": null, "powertrain": "STEAM"}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("invoicePrice", "powertrain")));
		send(this.seller, "/api/v1/purchase-tax-calculations", """
				{"invoicePrice": 100000, "powertrain": "BEV", "purchaseDate": "2019-06-30"}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("purchaseDate"));
	}

}
