package io.forecourt.sales.quotes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.leads.LeadWork;
import io.forecourt.leads.sla.SlaPolicies;
import io.forecourt.sales.QuoteIssued;
import io.forecourt.support.MutableClock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.leads.LeadWork.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Quotes: the figures add up from the configuration's snapshot, the dealer's discount
 * limit sends large discounts to the manager, decisions are made once, and bad requests
 * are refused whole with nothing written.
 */
@LeadLifecycleTest
class QuoteApiTests {

	private static final BigDecimal VAT = new BigDecimal("1.13");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	SlaPolicies policies;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	LeadWork work;

	LeadWork.Dealer ningbo;

	LeadWork.Dealer suzhou;

	@BeforeAll
	void people() throws Exception {
		this.work = new LeadWork(this.mvc, this.jdbc, this.accounts, this.policies, this.clock);
		this.ningbo = this.work.dealer("NB-001");
		this.suzhou = this.work.dealer("SZ-001");
		// a limit of this test's own, so other tests' defaults do not matter
		this.mvc
			.perform(as(this.work.hq(), put("/api/v1/dealer-discount-limits/" + this.ningbo.id()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxAmount\": 5000, \"maxPercent\": 3}"))
			.andExpect(status().isOk());
	}

	/** A configuration made through the configurator, as a consultant would. */
	private String configure(String model, String trim) throws Exception {
		String body = this.work
			.send(this.ningbo.consultant(), "/api/v1/configurations",
					"{\"modelCode\": \"" + model + "\", \"trimCode\": \"" + trim + "\","
							+ " \"exteriorColourCode\": \"PEARL-WHITE\", \"interiorColourCode\": \"INT-BLACK\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	private BigDecimal msrpOf(String code) throws Exception {
		String body = this.work.read(this.ningbo.consultant(), "/api/v1/configurations/" + code)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new BigDecimal(JsonPath.read(body, "$.msrpTotal").toString());
	}

	private String quote(String key, String json) throws Exception {
		return this.work.send(key, "/api/v1/quotes", json)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static BigDecimal money(String json, String path) {
		return new BigDecimal(JsonPath.read(json, path).toString()).setScale(2);
	}

	private long quotes() {
		return this.work.count("SELECT count(*) FROM sales_quotes");
	}

	@Test
	void aPetrolCarsFiguresAddUpFromTheConfiguration() throws Exception {
		String code = configure("S7", "S7-COMFORT");
		BigDecimal msrp = msrpOf(code);
		String json = quote(this.ningbo.consultant(), """
				{"configurationCode": "%s", "discount": 2000, "discountReason": "year-end offer",
				 "tradeInAllowance": 30000, "tradeInDescription": "2015 Volkswagen Lavida"}
				""".formatted(code));

		assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("ISSUED");
		assertThat(JsonPath.<String>read(json, "$.number")).matches("Q\\d{6}-[2-9A-HJKMNP-Z]{4}");
		BigDecimal invoice = msrp.subtract(new BigDecimal("2000")).setScale(2);
		assertThat(money(json, "$.msrp")).isEqualByComparingTo(msrp);
		assertThat(money(json, "$.invoicePrice")).isEqualByComparingTo(invoice);
		// 10% of the price without its 13% VAT, to the fen; no relief for a petrol car
		BigDecimal tax = invoice.divide(VAT, 10, RoundingMode.HALF_UP)
			.multiply(new BigDecimal("0.10"))
			.setScale(2, RoundingMode.HALF_UP);
		assertThat(money(json, "$.purchaseTax")).isEqualByComparingTo(tax);
		BigDecimal onTheRoad = invoice.add(tax).add(money(json, "$.registrationFee")).add(money(json, "$.insurance"));
		assertThat(money(json, "$.registrationFee")).isPositive();
		assertThat(money(json, "$.insurance")).isPositive();
		assertThat(money(json, "$.onTheRoadPrice")).isEqualByComparingTo(onTheRoad);
		assertThat(money(json, "$.amountDue")).isEqualByComparingTo(onTheRoad.subtract(new BigDecimal("30000")));
		assertThat(JsonPath.<String>read(json, "$.registrationCity")).isEqualTo("330200");
		assertThat(this.events.stream(QuoteIssued.class)
			.filter(e -> e.quoteId().toString().equals(JsonPath.read(json, "$.id")))
			.count()).isEqualTo(1);
	}

	@Test
	void aQuoteForALeadsCustomerLandsOnTheirTimeline() throws Exception {
		UUID lead = this.work.assignedLead(this.ningbo, LeadGrade.A);
		UUID customer = this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?")
			.param(lead)
			.query(UUID.class)
			.single();
		String code = configure("E5", "E5-STD");
		String id = JsonPath.read(quote(this.ningbo.consultant(), "{\"configurationCode\": \"" + code
				+ "\", \"customerId\": \"" + customer + "\", \"leadId\": \"" + lead + "\"}"), "$.id");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.work.count("SELECT count(*) FROM customer_timeline"
					+ " WHERE customer_id = ? AND type = 'QUOTE_ISSUED' AND ref_id = ?", customer, id))
				.isEqualTo(1));
		this.work.read(this.ningbo.consultant(), "/api/v1/quotes?leadId=" + lead)
			.andExpect(jsonPath("$.items[*].id", containsInAnyOrder(id)));
	}

	@Test
	void anElectricCarPaysHalfThePurchaseTaxIn2026() throws Exception {
		String code = configure("E5", "E5-STD");
		String json = quote(this.ningbo.consultant(), "{\"configurationCode\": \"" + code + "\"}");
		BigDecimal invoice = money(json, "$.invoicePrice");
		BigDecimal fullTax = invoice.divide(VAT, 10, RoundingMode.HALF_UP)
			.multiply(new BigDecimal("0.10"))
			.setScale(2, RoundingMode.HALF_UP);
		// 2026-2027: the tax is halved, the relief capped at 15,000 yuan (公告2023年第10号)
		BigDecimal relief = fullTax.divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP).min(new BigDecimal("15000"));
		assertThat(money(json, "$.purchaseTax")).isEqualByComparingTo(fullTax.subtract(relief));
		assertThat(JsonPath.<String>read(json, "$.purchaseTaxNote")).isNotBlank();
	}

	@Test
	void aFinanceOfferIsCalculatedOnTheInvoicePrice() throws Exception {
		String code = configure("E5", "E5-LR");
		String json = quote(this.ningbo.consultant(), """
				{"configurationCode": "%s", "finance": {"method": "EQUAL_INSTALLMENT", "downPaymentPercent": 30,
				 "termMonths": 36, "annualRatePercent": 3.5}}
				""".formatted(code));
		BigDecimal invoice = money(json, "$.invoicePrice");
		BigDecimal down = invoice.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP);
		assertThat(money(json, "$.finance.downPayment")).isEqualByComparingTo(down);
		// the annuity formula on the financed amount, rounded to the fen
		BigDecimal financed = invoice.subtract(down);
		double r = 0.035 / 12;
		double payment = financed.doubleValue() * r / (1 - Math.pow(1 + r, -36));
		assertThat(money(json, "$.finance.firstPayment").doubleValue()).isCloseTo(payment, within(0.01));
		assertThat(money(json, "$.finance.totalInterest")).isPositive();

		this.work.send(this.ningbo.consultant(), "/api/v1/quotes", """
				{"configurationCode": "%s", "finance": {"method": "EQUAL_INSTALLMENT", "termMonths": 240,
				 "annualRatePercent": 3.5}}
				""".formatted(code))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("finance.termMonths")));
	}

	@Test
	void aDiscountAboveTheLimitWaitsForTheManagerWhoDecidesOnce() throws Exception {
		String code = configure("S7", "S7-LUXURY");
		String json = quote(this.ningbo.consultant(), """
				{"configurationCode": "%s", "discount": 8000, "discountReason": "matches a competitor's offer"}
				""".formatted(code));
		String id = JsonPath.read(json, "$.id");
		assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("PENDING_APPROVAL");
		assertThat(this.events.stream(QuoteIssued.class).filter(e -> e.quoteId().toString().equals(id))).isEmpty();

		this.work.read(this.ningbo.manager(), "/api/v1/quotes?status=PENDING_APPROVAL&size=100")
			.andExpect(jsonPath("$.items[*].id", hasItem(id)));
		this.work.read(this.suzhou.manager(), "/api/v1/quotes?status=PENDING_APPROVAL&size=100")
			.andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
		this.work.read(this.suzhou.manager(), "/api/v1/quotes/" + id).andExpect(status().isNotFound());

		this.work.send(this.ningbo.consultant(), "/api/v1/quotes/" + id + "/approval", "{}")
			.andExpect(status().isForbidden());
		this.work.send(this.ningbo.manager(), "/api/v1/quotes/" + id + "/approval", "{\"note\": \"ok this once\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.decisionNote").value("ok this once"));
		assertThat(this.events.stream(QuoteIssued.class).filter(e -> e.quoteId().toString().equals(id))).hasSize(1);
		this.work.send(this.ningbo.manager(), "/api/v1/quotes/" + id + "/rejection", "{\"note\": \"changed mind\"}")
			.andExpect(status().isConflict());
	}

	@Test
	void aRejectionNeedsANote() throws Exception {
		String code = configure("S7", "S7-LUXURY");
		String id = JsonPath.read(quote(this.ningbo.consultant(), """
				{"configurationCode": "%s", "discount": 9000, "discountReason": "loyal customer"}
				""".formatted(code)), "$.id");
		this.work.send(this.ningbo.manager(), "/api/v1/quotes/" + id + "/rejection", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		this.work.send(this.ningbo.manager(), "/api/v1/quotes/" + id + "/rejection", "{\"note\": \"too much\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
	}

	@Test
	void aManagersOwnDiscountIsIssuedAtOnce() throws Exception {
		String code = configure("S7", "S7-LUXURY");
		String json = quote(this.ningbo.manager(), """
				{"configurationCode": "%s", "discount": 8000, "discountReason": "fleet customer"}
				""".formatted(code));
		assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("ISSUED");
		assertThat(JsonPath.<String>read(json, "$.decidedBy")).isNotBlank();
	}

	@Test
	void aQuoteThatExpiredCannotBeApproved() throws Exception {
		String code = configure("S7", "S7-LUXURY");
		String id = JsonPath.read(quote(this.ningbo.consultant(), """
				{"configurationCode": "%s", "discount": 8000, "discountReason": "loyal customer", "validDays": 1}
				""".formatted(code)), "$.id");
		this.clock.advance(Duration.ofDays(2));
		this.work.send(this.ningbo.manager(), "/api/v1/quotes/" + id + "/approval", "{}")
			.andExpect(status().isConflict());
	}

	@Test
	void everyBadFieldIsNamedAndNothingIsWritten() throws Exception {
		long before = quotes();
		this.work.send(this.ningbo.consultant(), "/api/v1/quotes", """
				{"configurationCode": "NOSUCH99", "discount": -5, "seats": 12, "tradeInAllowance": 1000.123,
				 "validDays": 90, "registrationCityCode": "31", "customerId": "%s", "dealerId": "%s"}
				""".formatted(UUID.randomUUID(), this.suzhou.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("configurationCode", "discount", "seats",
					"tradeInAllowance", "validDays", "registrationCityCode", "customerId", "dealerId")));
		String code = configure("S7", "S7-COMFORT");
		this.work
			.send(this.ningbo.consultant(), "/api/v1/quotes",
					"{\"configurationCode\": \"" + code + "\", \"discount\": 100, \"tradeInAllowance\": 100}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("discountReason", "tradeInDescription")));
		this.work
			.send(this.ningbo.consultant(), "/api/v1/quotes",
					"{\"configurationCode\": \"" + code + "\","
							+ " \"tradeInAllowance\": 99999999, \"tradeInDescription\": \"a classic\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tradeInAllowance"));
		this.work.send(this.ningbo.consultant(), "/api/v1/quotes", "not json").andExpect(status().isBadRequest());
		assertThat(quotes()).isEqualTo(before);
	}

	@Test
	void hqSetsDiscountLimitsWithOptimisticConcurrency() throws Exception {
		String path = "/api/v1/dealer-discount-limits/" + this.suzhou.id();
		this.mvc
			.perform(as(this.suzhou.manager(), put(path)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxAmount\": 50000, \"maxPercent\": 20}"))
			.andExpect(status().isForbidden());
		String etag = this.mvc
			.perform(as(this.work.hq(), put(path)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxAmount\": 6000, \"maxPercent\": 4}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.configured").value(true))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(as(this.work.hq(), put(path)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxAmount\": 7000, \"maxPercent\": 4}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(as(this.work.hq(), put(path)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxAmount\": 7000, \"maxPercent\": 4}"))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.maxAmount").value(7000.00));
		this.mvc
			.perform(as(this.work.hq(), put(path)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxAmount\": 8000, \"maxPercent\": 4}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(as(this.work.hq(), put(path)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxAmount\": -1, \"maxPercent\": 101}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("maxAmount", "maxPercent")));
		this.work.read(this.suzhou.consultant(), path)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.maxAmount").value(7000.00));
		this.work.read(this.ningbo.consultant(), path).andExpect(status().isNotFound());
	}

}
