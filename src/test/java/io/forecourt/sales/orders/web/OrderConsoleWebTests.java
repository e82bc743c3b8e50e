package io.forecourt.sales.orders.web;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.console.Flash;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.leads.LeadWork;
import io.forecourt.leads.sla.SlaPolicies;
import io.forecourt.sales.NewPayment;
import io.forecourt.sales.orders.OrderWork;
import io.forecourt.sales.orders.OrderWorkflow;
import io.forecourt.sales.orders.OrderTestDrivers;
import io.forecourt.support.MutableClock;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.forecourt.sales.orders.OrderWork.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The orders' console: the pipeline by state, the create form (also from a lead's page,
 * filled in), and an order's page with the actions its state allows and the refund each
 * cancel reason gives; a stale page's action is refused and changes nothing.
 */
@LeadLifecycleTest
class OrderConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	OrderTestDrivers.Deposits payments;

	@Autowired
	SlaPolicies policies;

	@Autowired
	MutableClock clock;

	OrderWork work;

	OrderWork.Dealer haikou;

	RequestPostProcessor consultant;

	@BeforeAll
	void people() throws Exception {
		this.work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		this.haikou = this.work.dealer();
		this.consultant = authentication(TestPrincipals
			.authenticated(new ForecourtPrincipal("test:fu", "符小明", ForecourtPrincipal.Kind.USER,
					Set.of(Role.SALES_CONSULTANT), AccessScope.dealer(this.haikou.id()), this.haikou.consultantId())));
	}

	@Test
	void thePipelineShowsTheDealersOrdersByState() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		this.mvc.perform(get("/sales/orders").with(this.consultant).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"order-pipeline\""), containsString("id=\"orders-CREATED\""),
						containsString("data-order-id=\"" + order + "\""), containsString("Huaxia E5 Long Range"),
						containsString("id=\"new-order\""), containsString("data-nav-id=\"sales.orders\""))));
		this.mvc
			.perform(get("/sales/orders").with(authentication(TestPrincipals.authenticated(TestPrincipals.CONSULTANT))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(order.toString()))));
	}

	@Test
	void theCreateFormPlacesAnOrderAndNamesWhatIsWrong() throws Exception {
		UUID lead = UUID.randomUUID();
		UUID customer = this.jdbc.sql("SELECT customer_id FROM sales_orders WHERE id = ?")
			.param(this.work.place(this.haikou, null))
			.query(UUID.class)
			.single();
		this.mvc
			.perform(get("/sales/orders/new").param("leadId", lead.toString())
				.param("customerId", customer.toString())
				.with(this.consultant))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"order-form\""),
					containsString("value=\"" + lead + "\""), containsString("value=\"" + customer + "\""))));
		this.mvc
			.perform(post("/sales/orders").with(this.consultant)
				.with(csrf())
				.param("configurationCode", "NOPE")
				.param("customerId", customer.toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(allOf(containsString("id=\"order-form-errors\""), containsString("configurationCode"))));
		this.mvc
			.perform(post("/sales/orders").with(this.consultant)
				.with(csrf())
				.param("configurationCode", this.work.s7())
				.param("customerId", customer.toString())
				.param("leadId", "")
				.param("depositAmount", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/sales/orders/*?created"));
	}

	@Test
	void anOrdersPageOffersTheNextStepAndTheRefundOfEachReason() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		var payment = this.payments.start(new NewPayment(OrderWorkflow.DEPOSIT, order, null, null,
				new BigDecimal("5000.00"), "test", "console-" + order));
		this.payments.succeed(payment.id());
		await(() -> this.work.statusOf(order).equals("DEPOSIT_PAID"));
		long version = this.work.version(order);
		this.mvc.perform(get("/sales/orders/" + order).with(this.consultant).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"order-sign-contract\""),
					containsString("name=\"version\" value=\"" + version + "\""),
					containsString("id=\"order-refund-table\""), containsString("data-reason=\"BUYER_WITHDREW\""),
					containsString("¥5000.00"), containsString("id=\"order-progress-link\""),
					not(containsString("id=\"order-deliver\"")))));

		this.mvc
			.perform(post("/sales/orders/" + order + "/contract-signature").with(this.consultant)
				.with(csrf())
				.param("version", String.valueOf(version - 1)))
			.andExpect(redirectedUrl("/sales/orders/" + order))
			.andExpect(result -> assertThat(((Flash) result.getFlashMap().get(Flash.ATTRIBUTE)).messageKey())
				.isEqualTo("sales-orders.problem"));
		assertThat(this.work.statusOf(order)).isEqualTo("DEPOSIT_PAID");

		this.mvc
			.perform(post("/sales/orders/" + order + "/contract-signature").with(this.consultant)
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/sales/orders/" + order));
		assertThat(this.work.statusOf(order)).isEqualTo("CONTRACT_SIGNED");
		this.mvc.perform(get("/sales/orders/" + order).with(this.consultant))
			.andExpect(content().string(containsString("id=\"order-allocate-vin\"")));
	}

	@Test
	void aLeadsPageLinksToTheCreateFormWithTheLeadAndCustomer() throws Exception {
		UUID lead = new LeadWork(this.mvc, this.jdbc, this.accounts, this.policies, this.clock).capture();
		this.jdbc.sql("UPDATE leads SET dealer_id = ?, consultant_id = ?, status = 'CONTACTED' WHERE id = ?")
			.params(this.haikou.id(), this.haikou.consultantId(), lead)
			.update();
		UUID customer = this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?")
			.param(lead)
			.query(UUID.class)
			.single();
		this.mvc.perform(get("/leads/" + lead).with(this.consultant))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"lead-create-order\""),
					containsString("/sales/orders/new?leadId=" + lead + "&amp;customerId=" + customer))));
	}

	@Test
	void anOrderOfAnotherDealerIsNotFound() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		this.mvc
			.perform(get("/sales/orders/" + order)
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.CONSULTANT))))
			.andExpect(status().isNotFound());
	}

}
