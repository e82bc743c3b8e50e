package io.forecourt.leads.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.leads.capture.LeadCapture;
import io.forecourt.support.ConsoleWebTest;
import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead center's pages: the queue by SLA urgency and only one's own leads, the board's
 * counts by channel, and the lead page with the hand-overs the viewer may make.
 */
@ConsoleWebTest
class LeadConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LeadCapture capture;

	LeadConsoleFixture fixture;

	UUID lina;

	UUID dealer;

	@BeforeEach
	void fixture() {
		this.fixture = new LeadConsoleFixture(this.capture, this.jdbc);
		this.lina = this.fixture.staffOf("sh001.sales");
		this.dealer = this.fixture.dealerOfStaff(this.lina);
	}

	@Test
	void theQueueListsOnlyTheConsultantsOwnLeadsOverdueFirstWithCountdowns() throws Exception {
		UUID later = this.fixture.capture("晚一点", "console-test");
		UUID overdue = this.fixture.capture("已超时", "console-test");
		this.fixture.assign(later, this.lina, Instant.now().plus(Duration.ofMinutes(40)));
		this.fixture.assign(overdue, this.lina, Instant.now().minus(Duration.ofMinutes(3)));
		String page = this.mvc.perform(get("/leads/queue").with(as(consultant(this.lina))).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-countdown=").contains("data-overdue-label=\"overdue\"");
		assertThat(page.indexOf("data-lead-id=\"" + overdue)).isPositive()
			.isLessThan(page.indexOf("data-lead-id=\"" + later));
		UUID colleague = this.jdbc
			.sql("SELECT id FROM staff WHERE dealer_id = ? AND id <> ? AND roles LIKE '%SALES_CONSULTANT%'"
					+ " FETCH FIRST 1 ROWS ONLY")
			.params(this.dealer, this.lina)
			.query(UUID.class)
			.single();
		this.mvc.perform(get("/leads/queue").with(as(consultant(colleague))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(overdue.toString()))));
		// the manager sees the dealer's queue with who holds each lead
		this.mvc.perform(get("/leads/queue").with(as(manager())).param("lang", "en"))
			.andExpect(content().string(allOf(containsString(overdue.toString()), containsString("李娜"))));
	}

	@Test
	void theBoardCountsTodaysArrivalsByChannel() throws Exception {
		String channel = "board-" + Long.toString(System.nanoTime(), 36);
		this.fixture.capture("一", channel);
		this.fixture.capture("二", channel);
		this.mvc.perform(get("/leads/board").with(as(HQ)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-channel=\"" + channel + "\""),
					containsString("data-count=\"pooled\""), containsString("SLA breaches today"))));
	}

	@Test
	void theLeadPageShowsHandOversAndTheManagerReassignsFromIt() throws Exception {
		UUID lead = this.fixture.capture("改派", "console-test");
		this.fixture.assign(lead, this.lina, Instant.now().plus(Duration.ofMinutes(10)));
		this.mvc.perform(get("/leads/" + lead).with(as(consultant(this.lina))).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"lead-assignments\""),
					not(containsString("id=\"lead-reassign\"")), containsString("data-countdown"))));
		this.mvc.perform(get("/leads/" + lead).with(as(manager())).param("lang", "en"))
			.andExpect(content().string(containsString("id=\"lead-reassign\"")));
		UUID colleague = this.jdbc
			.sql("SELECT id FROM staff WHERE dealer_id = ? AND id <> ? AND active AND roles LIKE '%SALES_CONSULTANT%'"
					+ " FETCH FIRST 1 ROWS ONLY")
			.params(this.dealer, this.lina)
			.query(UUID.class)
			.single();
		this.mvc
			.perform(post("/leads/" + lead + "/assignment").with(as(manager()))
				.with(csrf())
				.param("consultantId", colleague.toString()))
			.andExpect(redirectedUrl("/leads/" + lead));
		assertThat(this.jdbc.sql("SELECT consultant_id FROM leads WHERE id = ?").param(lead).query(UUID.class).single())
			.isEqualTo(colleague);
		// another dealer's manager gets a 404, not the lead
		ForecourtPrincipal stranger = new ForecourtPrincipal("test:bj", "Stranger", ForecourtPrincipal.Kind.USER,
				Set.of(Role.DEALER_MANAGER), AccessScope.dealer(UUID.randomUUID()), null);
		this.mvc.perform(get("/leads/" + lead).with(as(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void aConsultantLogsFirstContactAndProposesDefeatAndTheManagerApprovesIt() throws Exception {
		UUID lead = this.fixture.capture("战败", "console-test");
		this.fixture.assign(lead, this.lina, Instant.now().plus(Duration.ofMinutes(10)));
		this.mvc
			.perform(post("/leads/" + lead + "/follow-ups").with(as(consultant(this.lina)))
				.with(csrf())
				.param("kind", "CALL")
				.param("outcome", "REACHED")
				.param("note", "已购竞品")
				.param("nextActionAt", "2099-01-01T10:00"))
			.andExpect(redirectedUrl("/leads/" + lead));
		assertThat(this.jdbc.sql("SELECT status FROM leads WHERE id = ?").param(lead).query(String.class).single())
			.isEqualTo("CONTACTED");
		// a bad input comes back as a message and writes nothing
		this.mvc
			.perform(post("/leads/" + lead + "/follow-ups").with(as(consultant(this.lina)))
				.with(csrf())
				.param("kind", "VISIT")
				.param("outcome", "NO_ANSWER"))
			.andExpect(redirectedUrl("/leads/" + lead));
		assertThat(this.jdbc.sql("SELECT count(*) FROM lead_follow_ups WHERE lead_id = ?")
			.param(lead)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/leads/" + lead).with(as(consultant(this.lina))).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("data-follow-up-kind=\"CALL\""),
					containsString("id=\"lead-defeat\""), not(containsString("data-countdown")))));
		this.mvc
			.perform(post("/leads/" + lead + "/defeat-proposal").with(as(consultant(this.lina)))
				.with(csrf())
				.param("reasonCode", "BOUGHT_COMPETITOR"))
			.andExpect(redirectedUrl("/leads/" + lead));
		UUID defeat = this.jdbc.sql("SELECT id FROM lead_defeats WHERE lead_id = ?")
			.param(lead)
			.query(UUID.class)
			.single();
		this.mvc.perform(get("/leads/queue").with(as(manager())).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("data-alert-kind=\"DEFEAT_PROPOSED\""),
					containsString("For your attention"))));
		this.mvc.perform(get("/leads/queue").with(as(consultant(this.lina))))
			.andExpect(content().string(not(containsString("data-alert-kind"))));
		this.mvc.perform(get("/leads/defeats").with(as(manager())).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-defeat-id=\"" + defeat + "\"")));
		this.mvc.perform(post("/leads/defeats/" + defeat + "/approval").with(as(manager())).with(csrf()))
			.andExpect(redirectedUrl("/leads/defeats"));
		assertThat(this.jdbc.sql("SELECT status || ' ' || grade FROM leads WHERE id = ?")
			.param(lead)
			.query(String.class)
			.single()).isEqualTo("DEFEATED F");
	}

	@Test
	void bothLanguagesHaveTheSameKeys() {
		var english = MessageBundles.load("i18n/leads.properties");
		var chinese = MessageBundles.load("i18n/leads_zh_CN.properties");
		assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		for (var status : io.forecourt.leads.LeadStatus.values()) {
			assertThat(english).containsKey("leads.status." + status);
		}
	}

	private ForecourtPrincipal consultant(UUID staffId) {
		return new ForecourtPrincipal("test:" + staffId, "Consultant", ForecourtPrincipal.Kind.USER,
				Set.of(Role.SALES_CONSULTANT), AccessScope.dealer(this.dealer), staffId);
	}

	private ForecourtPrincipal manager() {
		return new ForecourtPrincipal("test:manager", "Manager", ForecourtPrincipal.Kind.USER,
				Set.of(Role.DEALER_MANAGER), AccessScope.dealer(this.dealer), this.fixture.staffOf("sh001.manager"));
	}

	private static RequestPostProcessor as(ForecourtPrincipal principal) {
		return authentication(authenticated(principal));
	}

}
