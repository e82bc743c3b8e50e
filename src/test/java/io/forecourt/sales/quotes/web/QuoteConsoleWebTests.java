package io.forecourt.sales.quotes.web;

import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ConsoleWebTest;
import io.forecourt.support.DemoRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.forecourt.support.TestPrincipals.HQ;
import static io.forecourt.support.TestPrincipals.authenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quote pages: a consultant makes a quote from a configuration code and prints it; a
 * discount above the limit reaches the manager's approvals, who issues it.
 */
@ConsoleWebTest
class QuoteConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ForecourtPrincipal consultant;

	ForecourtPrincipal manager;

	@BeforeEach
	void staffOfChongqing() {
		UUID dealer = DemoRecords.dealer(this.jdbc, "CQ-001");
		this.consultant = new ForecourtPrincipal("test:cq.sales", "Zhou Jie", ForecourtPrincipal.Kind.USER,
				Set.of(Role.SALES_CONSULTANT), AccessScope.dealer(dealer), null);
		this.manager = new ForecourtPrincipal("test:cq.manager", "Tang Li", ForecourtPrincipal.Kind.USER,
				Set.of(Role.DEALER_MANAGER), AccessScope.dealer(dealer), null);
	}

	private static RequestPostProcessor as(ForecourtPrincipal principal) {
		return authentication(authenticated(principal));
	}

	private String configuration() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/configurations").with(as(this.consultant))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"modelCode\": \"S7\", \"trimCode\": \"S7-COMFORT\","
						+ " \"exteriorColourCode\": \"OBSIDIAN-BLACK\", \"interiorColourCode\": \"INT-BLACK\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	@Test
	void theQuotesPageSpeaksBothLanguages() throws Exception {
		this.mvc.perform(get("/sales/quotes").with(as(HQ)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"quote-form\""), containsString("Make the quote"),
					containsString("name=\"dealerId\""), containsString("href=\"/sales/quotes\""))));
		this.mvc.perform(get("/sales/quotes").with(as(this.consultant)).param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("生成报价"), not(containsString("name=\"dealerId\"")))));
	}

	@Test
	void aConsultantQuotesAndPrints() throws Exception {
		String code = configuration();
		String location = this.mvc
			.perform(post("/sales/quotes").with(as(this.consultant))
				.with(csrf())
				.param("configurationCode", code)
				.param("discount", "1000")
				.param("discountReason", "first car")
				.param("financeMethod", "EQUAL_PRINCIPAL")
				.param("downPaymentPercent", "40")
				.param("termMonths", "24")
				.param("annualRatePercent", "2.99"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/sales/quotes/");
		this.mvc.perform(get(location).with(as(this.consultant)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"quote-amount-due\""), containsString("Issued"),
					containsString("id=\"quote-schedule\""), containsString("Loan, equal principal"))));
		this.mvc.perform(get(location + "/print").with(as(this.consultant)).param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("购车报价单"), containsString("落地价"), not(containsString("console-navbar")))));
		this.mvc.perform(get("/sales/quotes/" + UUID.randomUUID()).with(as(this.consultant)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBadFormSaysWhatIsWrongAndKeepsTheInput() throws Exception {
		this.mvc
			.perform(post("/sales/quotes").with(as(this.consultant))
				.with(csrf())
				.param("lang", "en")
				.param("configurationCode", "NOSUCH99")
				.param("discount", "lots"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The quote was not made"), containsString("NOSUCH99"))));
	}

	@Test
	void theManagerApprovesALargeDiscount() throws Exception {
		String code = configuration();
		String location = this.mvc
			.perform(post("/sales/quotes").with(as(this.consultant))
				.with(csrf())
				.param("configurationCode", code)
				.param("discount", "9000")
				.param("discountReason", "matches a rival's offer"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring("/sales/quotes/".length());
		this.mvc.perform(get("/sales/quote-approvals").with(as(this.manager)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-quote-id=\"" + id + "\""), containsString("matches a rival"))));
		this.mvc.perform(get("/sales/quote-approvals").with(as(this.consultant))).andExpect(status().isForbidden());
		this.mvc.perform(post("/sales/quotes/" + id + "/approval").with(as(this.manager)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
		assertThat(this.jdbc.sql("SELECT status FROM sales_quotes WHERE id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("ISSUED");
	}

	@Test
	void anIssuedQuoteIsOrderedFromItsPage() throws Exception {
		String code = configuration();
		String quotePage = this.mvc
			.perform(post("/sales/quotes").with(as(this.consultant))
				.with(csrf())
				.param("configurationCode", code)
				.param("discount", "1000")
				.param("discountReason", "first car"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String quoteId = quotePage.substring("/sales/quotes/".length());
		String number = this.jdbc.sql("SELECT number FROM sales_quotes WHERE id = ?")
			.param(UUID.fromString(quoteId))
			.query(String.class)
			.single();
		this.mvc.perform(get(quotePage).with(as(this.consultant)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"quote-place-order\""),
					containsString("href=\"/sales/orders/new?quoteId=" + quoteId + "\""),
					containsString("Place order"))));
		this.mvc
			.perform(
					get("/sales/orders/new").with(as(this.consultant)).param("quoteId", quoteId).param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"order-from-quote\""),
					containsString("按报价 " + number), containsString("name=\"quoteId\" value=\"" + quoteId + "\""),
					not(containsString("name=\"configurationCode\"")))));

		String orderPage = this.mvc
			.perform(post("/sales/orders").with(as(this.consultant))
				.with(csrf())
				.param("quoteId", quoteId)
				.param("phone", "13912345670"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(orderPage).startsWith("/sales/orders/");
		this.mvc.perform(get(orderPage).with(as(this.consultant)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"order-quote\""), containsString(">" + number + "<"),
					containsString("data-line-kind=\"DISCOUNT\""))));
		this.mvc.perform(get(quotePage).with(as(this.consultant)).param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已下单"), containsString("id=\"quote-order\""),
					not(containsString("id=\"quote-place-order\"")))));

		// ordering it again is refused on the form, with the reason
		this.mvc
			.perform(post("/sales/orders").with(as(this.consultant))
				.with(csrf())
				.param("lang", "en")
				.param("quoteId", quoteId)
				.param("phone", "13912345670"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(allOf(containsString("id=\"order-form-errors\""), containsString("ordered already"))));
	}

}
