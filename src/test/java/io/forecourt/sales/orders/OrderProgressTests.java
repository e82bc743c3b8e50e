package io.forecourt.sales.orders;

import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.leads.LeadLifecycleTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The buyer's progress behind an unguessable link, without signing in: the steps with
 * China times, the car and the dealer, the first name and nothing else personal; an
 * unknown link is 404.
 */
@LeadLifecycleTest
class OrderProgressTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	OrderWork work;

	OrderWork.Dealer haikou;

	@BeforeAll
	void people() throws Exception {
		this.work = new OrderWork(this.mvc, this.jdbc, this.accounts);
		this.haikou = this.work.dealer();
	}

	private String tokenOf(UUID order) {
		return this.jdbc.sql("SELECT progress_token FROM sales_orders WHERE id = ?")
			.param(order)
			.query(String.class)
			.single();
	}

	@Test
	void theLinkIsLongRandomAndUnique() throws Exception {
		UUID a = this.work.place(this.haikou, null);
		UUID b = this.work.place(this.haikou, null);
		assertThat(tokenOf(a)).hasSize(32).matches("[A-Za-z0-9_-]{32}").isNotEqualTo(tokenOf(b));
		assertThat(OrderPlacement.newProgressToken()).isNotEqualTo(OrderPlacement.newProgressToken());
	}

	@Test
	void theBuyerSeesTheStepsOverTheApiWithoutAKey() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		String phone = this.jdbc.sql("""
				SELECT i.identifier FROM customer_identities i JOIN sales_orders o ON o.customer_id = i.customer_id
				WHERE o.id = ? AND i.kind = 'PHONE'
				""").param(order).query(String.class).single();
		String body = this.mvc.perform(get("/api/v1/order-progress/" + tokenOf(order)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.buyerFirstName").value("小龙"))
			.andExpect(jsonPath("$.carEn").value("Huaxia E5 Long Range"))
			.andExpect(jsonPath("$.dealerZh").value(containsString("测试店")))
			.andExpect(jsonPath("$.status").value("CREATED"))
			.andExpect(jsonPath("$.steps[0].status").value("CREATED"))
			.andExpect(jsonPath("$.steps[0].localTime").isNotEmpty())
			.andExpect(jsonPath("$.steps[1].status").value("DEPOSIT_PAID"))
			.andExpect(jsonPath("$.steps[1].at").doesNotExist())
			.andExpect(jsonPath("$.customerId").doesNotExist())
			.andExpect(jsonPath("$.id").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain(phone.replace("+86", ""))
			.doesNotContain(order.toString())
			.doesNotContain(this.haikou.id().toString());
	}

	@Test
	void theBuyersPageNeedsNoSignInAndShowsChinaTime() throws Exception {
		UUID order = this.work.place(this.haikou, null);
		java.time.Instant placed = this.jdbc.sql("SELECT placed_at FROM sales_orders WHERE id = ?")
			.param(order)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		String local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.format(placed.atZone(java.time.ZoneId.of("Asia/Shanghai")));
		this.mvc.perform(get("/order-progress/" + tokenOf(order)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("小龙")))
			.andExpect(content().string(containsString("华夏 E5 长续航版")))
			.andExpect(content().string(containsString(local)))
			.andExpect(content().string(containsString("id=\"progress-steps\"")))
			.andExpect(content().string(not(containsString("console-nav"))));
	}

	@Test
	void anUnknownOrMalformedLinkIs404() throws Exception {
		this.mvc.perform(get("/api/v1/order-progress/" + OrderPlacement.newProgressToken()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/not-found"));
		this.mvc.perform(get("/api/v1/order-progress/short")).andExpect(status().isNotFound());
		this.mvc.perform(get("/order-progress/" + OrderPlacement.newProgressToken())).andExpect(status().isNotFound());
		// the rest of the orders' API still needs a key
		this.mvc.perform(get("/api/v1/orders")).andExpect(status().isUnauthorized());
	}

}
