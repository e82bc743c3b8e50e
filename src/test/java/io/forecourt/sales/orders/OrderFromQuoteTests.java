package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.leads.LeadWork;
import io.forecourt.leads.sla.SlaPolicies;
import io.forecourt.support.MutableClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.forecourt.sales.orders.OrderWork.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An order placed from a quote keeps the quote's price: its lines end with the quote's
 * discount and its total is the quote's invoice price; the quote's customer and lead
 * carry over and the quote becomes ORDERED. A quote that is not issued and valid, ordered
 * already, or of another dealer, places nothing.
 */
@LeadLifecycleTest
class OrderFromQuoteTests {

	private static final String PROBLEMS = "https://forecourt.dev/problems/";

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

	OrderWork work;

	LeadWork leads;

	OrderWork.Dealer haikou;

	OrderWork.Dealer other;

	@BeforeAll
	void people() throws Exception {
		this.work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		this.leads = new LeadWork(this.mvc, this.jdbc, this.accounts, this.policies, this.clock);
		this.haikou = this.work.dealer();
		this.other = this.work.dealer();
	}

	/** A lead worked at the Haikou dealer by its consultant. */
	private UUID lead() throws Exception {
		UUID lead = this.leads.capture();
		this.jdbc.sql("""
				UPDATE leads SET dealer_id = ?, consultant_id = ?, status = 'CONTACTED', grade = 'A',
				    contacted_at = CURRENT_TIMESTAMP WHERE id = ?
				""").params(this.haikou.id(), this.haikou.consultantId(), lead).update();
		return lead;
	}

	private UUID customerOf(UUID lead) {
		return this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?").param(lead).query(UUID.class).single();
	}

	/**
	 * The consultant quotes the E5 with a discount (above the limit it waits): its id.
	 */
	private UUID quote(@Nullable UUID lead, int discount) throws Exception {
		String people = lead == null ? ""
				: ", \"customerId\": \"" + customerOf(lead) + "\", \"leadId\": \"" + lead + "\"";
		String body = this.work
			.send(this.haikou.consultant(), post("/api/v1/quotes"),
					"{\"configurationCode\": \"" + this.work.e5() + "\", \"discount\": " + discount
							+ ", \"discountReason\": \"matches a rival's offer\"" + people + "}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private String quoteStatus(UUID quote) {
		return this.jdbc.sql("SELECT status FROM sales_quotes WHERE id = ?").param(quote).query(String.class).single();
	}

	private ResultActions order(String key, String json) throws Exception {
		return this.work.send(key, post("/api/v1/orders"), json);
	}

	private long ordersOf(UUID quote) {
		return this.work.count("SELECT count(*) FROM sales_orders WHERE quote_id = ?", quote);
	}

	@Test
	void anOrderFromAnApprovedDiscountedQuoteCostsTheQuotesInvoicePrice() throws Exception {
		UUID lead = lead();
		UUID quote = quote(lead, 8000);
		assertThat(quoteStatus(quote)).as("above the dealer's limit").isEqualTo("PENDING_APPROVAL");
		this.work.send(this.haikou.manager(), post("/api/v1/quotes/" + quote + "/approval"), "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"));
		BigDecimal invoicePrice = this.jdbc.sql("SELECT invoice_price FROM sales_quotes WHERE id = ?")
			.param(quote)
			.query(BigDecimal.class)
			.single();

		String body = order(this.haikou.consultant(), "{\"quoteId\": \"" + quote + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.total").value(invoicePrice.doubleValue()))
			.andExpect(jsonPath("$.quoteId").value(quote.toString()))
			.andExpect(jsonPath("$.configurationCode").value(this.work.e5()))
			.andExpect(jsonPath("$.lines[-1].kind").value("DISCOUNT"))
			.andExpect(jsonPath("$.lines[-1].msrp").value(-8000.00))
			.andExpect(jsonPath("$.customerId").value(customerOf(lead).toString()))
			.andExpect(jsonPath("$.leadId").value(lead.toString()))
			.andExpect(jsonPath("$.dealerId").value(this.haikou.id().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID order = UUID.fromString(JsonPath.read(body, "$.id"));

		assertThat(this.jdbc.sql("SELECT sum(msrp) FROM sales_order_lines WHERE order_id = ?")
			.param(order)
			.query(BigDecimal.class)
			.single()).as("the lines add up to the total").isEqualByComparingTo(invoicePrice);
		this.work.read(this.haikou.consultant(), "/api/v1/quotes/" + quote)
			.andExpect(jsonPath("$.status").value("ORDERED"))
			.andExpect(jsonPath("$.orderId").value(order.toString()));
		await(() -> "ORDERED"
			.equals(this.jdbc.sql("SELECT status FROM leads WHERE id = ?").param(lead).query(String.class).single()));
	}

	@Test
	void aQuoteIsOrderedOnce() throws Exception {
		UUID quote = quote(lead(), 3000);
		order(this.haikou.consultant(), "{\"quoteId\": \"" + quote + "\"}").andExpect(status().isCreated());

		order(this.haikou.consultant(), "{\"quoteId\": \"" + quote + "\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(PROBLEMS + "conflict"))
			.andExpect(jsonPath("$.quoteStatus").value("ORDERED"))
			.andExpect(jsonPath("$.detail").value(containsString("ordered already")));
		assertThat(ordersOf(quote)).isOne();
	}

	@Test
	void aQuoteWaitingForApprovalOrRejectedIsNotOrdered() throws Exception {
		UUID pending = quote(lead(), 8000);
		order(this.haikou.consultant(), "{\"quoteId\": \"" + pending + "\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.quoteStatus").value("PENDING_APPROVAL"))
			.andExpect(jsonPath("$.detail").value(containsString("approve its discount")));

		UUID rejected = quote(lead(), 8000);
		this.work
			.send(this.haikou.manager(), post("/api/v1/quotes/" + rejected + "/rejection"), "{\"note\": \"too much\"}")
			.andExpect(status().isOk());
		order(this.haikou.consultant(), "{\"quoteId\": \"" + rejected + "\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.quoteStatus").value("REJECTED"));

		assertThat(ordersOf(pending) + ordersOf(rejected)).isZero();
		assertThat(quoteStatus(pending)).isEqualTo("PENDING_APPROVAL");
		assertThat(quoteStatus(rejected)).isEqualTo("REJECTED");
	}

	@Test
	void anExpiredQuoteIsNotOrdered() throws Exception {
		UUID quote = quote(lead(), 3000);
		this.jdbc.sql("UPDATE sales_quotes SET valid_until = ? WHERE id = ?")
			.params(java.sql.Timestamp.from(this.clock.instant().minusSeconds(60)), quote)
			.update();

		order(this.haikou.consultant(), "{\"quoteId\": \"" + quote + "\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.quoteStatus").value("ISSUED"))
			.andExpect(jsonPath("$.detail").value(containsString("expired")));
		assertThat(ordersOf(quote)).isZero();
		assertThat(quoteStatus(quote)).isEqualTo("ISSUED");
	}

	@Test
	void anotherDealersQuoteIsNotOrdered() throws Exception {
		UUID quote = quote(lead(), 3000);
		// another dealer's consultant does not see it
		order(this.other.consultant(), "{\"quoteId\": \"" + quote + "\", \"phone\": \"" + OrderWork.mobile() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quoteId"))
			.andExpect(jsonPath("$.errors[0].message").value("no such quote in your scope"));
		// headquarters sees it, but an order from it is the quote's dealer's
		order(this.work.hq(), "{\"quoteId\": \"" + quote + "\", \"dealerId\": \"" + this.other.id() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quoteId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("another dealer")));
		// and a quote is an alternative to a configuration code, not an addition
		order(this.haikou.consultant(),
				"{\"quoteId\": \"" + quote + "\", \"configurationCode\": \"" + this.work.e5() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quoteId"));

		assertThat(ordersOf(quote)).isZero();
		assertThat(quoteStatus(quote)).isEqualTo("ISSUED");
	}

}
