package io.forecourt.identity.demo;

import java.util.Set;

import io.forecourt.kernel.security.ForecourtAuthentication;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ConsoleWebTest;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo customers as the console shows them: SH-001's consultant finds the customers
 * linked to SH-001 and no others; 王芳's lead and WeChat follow are one customer; the two
 * 赵敏 wait as a merge suggestion.
 */
@ConsoleWebTest
class CustomerConsoleDemoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConsultantOfSh001FindsTheCustomersOfTheirDealerOnly() throws Exception {
		ForecourtPrincipal sales = new ForecourtPrincipal("test:sh001.sales", "李娜", ForecourtPrincipal.Kind.USER,
				Set.of(Role.SALES_CONSULTANT), AccessScope.dealer(dealer(DemoCustomersSeeder.DEALER)), null);
		this.mvc
			.perform(get("/customers").param("by", "phone")
				.param("q", "13816880001")
				.with(authentication(ForecourtAuthentication.of(sales))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("张伟"), containsString("138****0001"))));
		this.mvc
			.perform(get("/customers").param("by", "phone")
				.param("q", "13910020003")
				.with(authentication(ForecourtAuthentication.of(sales))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"customer-empty\""), not(containsString("李强")))));
	}

	@Test
	void theDemoShowsAnAutomaticMergeAndAWeakMatch() throws Exception {
		long wangFang = this.jdbc.sql("SELECT count(*) FROM customers WHERE name = '王芳' AND merged_into IS NOT NULL")
			.query(Long.class)
			.single();
		assertThat(wangFang).as("the WeChat follower merged into the Autohome lead").isEqualTo(1);
		long zhaoMin = this.jdbc
			.sql("SELECT count(*) FROM merge_suggestions s JOIN customers a ON a.id = s.customer_a"
					+ " JOIN customers b ON b.id = s.customer_b WHERE a.name = '赵敏' AND b.name = '赵敏'")
			.query(Long.class)
			.single();
		assertThat(zhaoMin).isEqualTo(1);
		this.mvc
			.perform(get("/customers").param("by", "name")
				.param("q", "王芳")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("138****0002")));
	}

	private java.util.UUID dealer(String code) {
		return this.jdbc.sql("SELECT id FROM dealers WHERE code = ?").param(code).query(java.util.UUID.class).single();
	}

}
