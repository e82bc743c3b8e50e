package io.forecourt.sales.orders;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.LeadLifecycleTest;
import io.forecourt.leads.LeadWork;
import io.forecourt.leads.sla.SlaPolicies;
import io.forecourt.sales.NewPayment;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.orders.OrderWork.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Orders close the lead funnel: placed makes the lead ORDERED with grade O (grade history
 * reason ORDER) and stamps ordered_at; delivered makes it WON and stamps delivered_at; a
 * cancelled order sends it back to CONTACTED with its grade of intent.
 */
@LeadLifecycleTest
class OrderLeadFunnelTests {

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
	OrderTestDrivers.Deposits payments;

	OrderWork work;

	LeadWork leads;

	OrderWork.Dealer haikou;

	LeadWork.Dealer leadDealer;

	@BeforeAll
	void people() throws Exception {
		this.work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		this.leads = new LeadWork(this.mvc, this.jdbc, this.accounts, this.policies, this.clock);
		this.haikou = this.work.dealer();
	}

	private Map<String, Object> lead(UUID id) {
		return this.jdbc.sql("SELECT status, grade, ordered_at, delivered_at FROM leads WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
	}

	/** A lead worked at the Haikou dealer by its consultant, graded A. */
	private UUID contactedLead() throws Exception {
		UUID lead = this.leads.capture();
		this.jdbc.sql("""
				UPDATE leads SET dealer_id = ?, consultant_id = ?, status = 'CONTACTED', grade = 'A',
				    contacted_at = CURRENT_TIMESTAMP WHERE id = ?
				""").params(this.haikou.id(), this.haikou.consultantId(), lead).update();
		this.jdbc.sql("""
				INSERT INTO lead_grade_history (id, lead_id, grade, score, explanation, changed_by, changed_at, reason)
				VALUES (?, ?, 'A', 0, 'test fixture', 'test', CURRENT_TIMESTAMP, 'test fixture')
				""").params(UUID.randomUUID(), lead).update();
		return lead;
	}

	private UUID customerOf(UUID lead) {
		return this.jdbc.sql("SELECT customer_id FROM leads WHERE id = ?").param(lead).query(UUID.class).single();
	}

	private UUID order(UUID lead) throws Exception {
		String body = this.work
			.send(this.haikou.consultant(), post("/api/v1/orders"),
					"{\"configurationCode\": \"" + this.work.e5() + "\", \"customerId\": \"" + customerOf(lead)
							+ "\", \"leadId\": \"" + lead + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.leadId").value(lead.toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
	}

	@Test
	void anOrderMakesTheLeadOrderedAndItsDeliveryWon() throws Exception {
		UUID lead = contactedLead();
		UUID order = order(lead);
		await(() -> "ORDERED".equals(lead(lead).get("status")));
		assertThat(String.valueOf(lead(lead).get("grade")).strip()).isEqualTo("O");
		assertThat(lead(lead).get("ordered_at")).isNotNull();
		this.leads.read(this.leads.hq(), "/api/v1/leads/" + lead + "/grades")
			.andExpect(jsonPath("$[-1].grade").value("O"))
			.andExpect(jsonPath("$[-1].reason").value("ORDER"))
			.andExpect(jsonPath("$[-2].grade").value("A"));

		var payment = this.payments.start(new NewPayment(OrderWorkflow.DEPOSIT, order, null, null,
				new BigDecimal("5000.00"), "test", "funnel-" + order));
		this.payments.succeed(payment.id());
		await(() -> this.work.statusOf(order).equals("DEPOSIT_PAID"));
		this.work.supply(order, OrderWork.Supply.AT_DEALER);
		for (String action : new String[] { "contract-signature", "vin-allocation", "pdi", "delivery" }) {
			this.work.move(this.haikou.consultant(), order, action).andExpect(status().isOk());
		}
		await(() -> "WON".equals(lead(lead).get("status")));
		assertThat(lead(lead).get("delivered_at")).isNotNull();
		assertThat(this.work.count("SELECT count(*) FROM lead_grade_history WHERE lead_id = ? AND grade = 'O'", lead))
			.as("grade O once")
			.isEqualTo(1);
	}

	@Test
	void aCancelledOrderSendsTheLeadBackToItsConsultant() throws Exception {
		UUID lead = contactedLead();
		UUID order = order(lead);
		await(() -> "ORDERED".equals(lead(lead).get("status")));
		this.work.move(this.haikou.consultant(), order, "cancellation", "{\"reason\": \"BUYER_WITHDREW\"}")
			.andExpect(status().isOk());
		await(() -> "CONTACTED".equals(lead(lead).get("status")));
		assertThat(String.valueOf(lead(lead).get("grade")).strip()).isEqualTo("A");
		assertThat(lead(lead).get("ordered_at")).as("the stage it reached stays counted").isNotNull();
		this.leads.read(this.leads.hq(), "/api/v1/leads/" + lead + "/grades")
			.andExpect(jsonPath("$[-1].grade").value("A"))
			.andExpect(jsonPath("$[-1].reason").value("ORDER_CANCELLED"));
	}

	@Test
	void anOrderWithoutALeadOrWithAnUnknownOneLeavesLeadsAlone() throws Exception {
		UUID lead = contactedLead();
		String body = this.work
			.send(this.haikou.consultant(), post("/api/v1/orders"),
					"{\"configurationCode\": \"" + this.work.e5() + "\", \"customerId\": \"" + customerOf(lead)
							+ "\", \"leadId\": \"" + UUID.randomUUID() + "\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID order = UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
		UUID customer = customerOf(lead);
		await(() -> this.work.count("SELECT count(*) FROM customer_timeline WHERE ref_id = ? AND customer_id = ?",
				order.toString(), customer) == 1);
		assertThat(lead(lead).get("status")).isEqualTo("CONTACTED");
	}

}
