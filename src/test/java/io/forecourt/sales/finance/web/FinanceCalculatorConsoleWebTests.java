package io.forecourt.sales.finance.web;

import java.util.Set;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ConsoleWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.forecourt.support.TestPrincipals.CONSULTANT;
import static io.forecourt.support.TestPrincipals.authenticated;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calculator page: a schedule on first sight, htmx getting only the results, the
 * balloon line, invalid fields named in place, both languages, and who sees the menu
 * item.
 */
@ConsoleWebTest
class FinanceCalculatorConsoleWebTests {

	@Autowired
	MockMvc mvc;

	private static MockHttpServletRequestBuilder page(ForecourtPrincipal principal) {
		return get("/sales/finance-calculator").with(authentication(authenticated(principal)));
	}

	@Test
	void aConsultantSeesATypicalLoanScheduleStraightAway() throws Exception {
		this.mvc.perform(page(CONSULTANT).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-nav-id=\"sales.finance\""),
					containsString("id=\"finance-form\""), containsString("id=\"finance-schedule\""),
					containsString("data-period=\"36\" data-kind=\"INSTALLMENT\""),
					// 189,900 with 30% down over 36 months at 4.5%
					containsString("132,930.00"), containsString("3,954.26"), containsString("Equal instalments"))));
	}

	@Test
	void htmxGetsOnlyTheResultsWithTheBalloonLine() throws Exception {
		this.mvc
			.perform(page(CONSULTANT).header("HX-Request", "true")
				.param("lang", "zh-CN")
				.param("vehiclePrice", "200000")
				.param("downPaymentMode", "amount")
				.param("downPayment", "40000")
				.param("termMonths", "24")
				.param("annualRatePercent", "0")
				.param("method", "BALLOON")
				.param("fees", "0")
				.param("feeTreatment", "UPFRONT")
				.param("finalPaymentMode", "percent")
				.param("finalPayment", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"finance-results\""),
					not(containsString("id=\"finance-form\"")), containsString("data-kind=\"BALLOON\""),
					containsString("尾款"), containsString("4,166.67"), containsString("60,000.00"))));
	}

	@Test
	void invalidFieldsAreNamedWhereTheScheduleWouldBe() throws Exception {
		this.mvc
			.perform(page(CONSULTANT).param("lang", "en")
				.param("vehiclePrice", "100000")
				.param("downPaymentMode", "percent")
				.param("downPayment", "20")
				.param("termMonths", "120")
				.param("annualRatePercent", "abc")
				.param("method", "EQUAL_PRINCIPAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"finance-problems\""),
					containsString("data-field=\"annualRatePercent\""), containsString("Annual rate: is not a number"),
					not(containsString("id=\"finance-schedule\"")))));
		this.mvc
			.perform(page(CONSULTANT).param("lang", "en")
				.param("vehiclePrice", "100000")
				.param("downPayment", "20")
				.param("termMonths", "120")
				.param("annualRatePercent", "3")
				.param("method", "EQUAL_PRINCIPAL"))
			.andExpect(content().string(allOf(containsString("data-field=\"termMonths\""),
					containsString("must be between 1 and 84 months"), containsString("is-invalid"))));
	}

	@Test
	void aServiceAdvisorHasNoCalculator() throws Exception {
		ForecourtPrincipal advisor = new ForecourtPrincipal("test:advisor", "Zhao Min", ForecourtPrincipal.Kind.USER,
				Set.of(Role.SERVICE_ADVISOR), AccessScope.all(), null);
		this.mvc.perform(get("/").with(authentication(authenticated(advisor))))
			.andExpect(content().string(not(containsString("data-nav-id=\"sales.finance\""))));
		this.mvc.perform(page(advisor)).andExpect(status().isForbidden());
	}

}
