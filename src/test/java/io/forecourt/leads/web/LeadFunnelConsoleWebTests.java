package io.forecourt.leads.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.leads.LeadStatus;
import io.forecourt.support.ConsoleWebTest;
import io.forecourt.support.DemoRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.forecourt.leads.web.FunnelLeads.Stage.CONTACTED;
import static io.forecourt.leads.web.FunnelLeads.Stage.DELIVERED;
import static io.forecourt.leads.web.FunnelLeads.Stage.ORDERED;
import static io.forecourt.leads.web.FunnelLeads.Stage.TEST_DRIVEN;
import static io.forecourt.leads.web.FunnelLeads.Stage.VISITED;
import static io.forecourt.support.TestPrincipals.HQ;
import static io.forecourt.support.TestPrincipals.authenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The funnel page: the chart and the groups table for HQ, the consultant's view of their
 * own dealer, filters htmx swaps, invalid filters marked in place and the CSV download.
 */
@ConsoleWebTest
class LeadFunnelConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	FunnelLeads leads;

	UUID sh001;

	UUID bj001;

	@BeforeEach
	void leads() {
		this.sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		this.bj001 = DemoRecords.dealer(this.jdbc, "BJ-001");
		this.leads = new FunnelLeads(this.jdbc, FunnelLeads.uniqueChannel("console-"));
		this.leads.lead(this.sh001, null, "EV7", LeadStatus.WON, "2026-11-10T09:00", CONTACTED, VISITED, TEST_DRIVEN,
				ORDERED, DELIVERED);
		this.leads.lead(this.sh001, null, "EV7", LeadStatus.CONTACTED, "2026-11-11T09:00", CONTACTED);
		this.leads.lead(this.sh001, null, "EV7", LeadStatus.JUNK, "2026-11-12T09:00");
		this.leads.lead(this.bj001, null, "X9", LeadStatus.ASSIGNED, "2026-11-12T10:00");
	}

	@Test
	void headquartersSeesTheFunnelChartAndATableByDealer() throws Exception {
		this.mvc.perform(page(HQ).param("groupBy", "dealer").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-nav-id=\"leads.funnel\""),
					containsString("id=\"funnel-chart\""), containsString("data-stage=\"CAPTURED\" data-count=\"4\""),
					containsString("data-stage=\"VALID\" data-count=\"3\""),
					containsString("data-stage=\"DELIVERED\" data-count=\"1\""), containsString("Store visit"),
					containsString("66.7%"), containsString("id=\"funnel-groups\""),
					containsString("data-key=\"" + this.sh001 + "\""), containsString("SH-001 "),
					containsString("data-key=\"" + this.bj001 + "\""), containsString("id=\"funnel-export\""))));
	}

	@Test
	void theConsultantSeesTheirOwnDealerOnlyInChinese() throws Exception {
		ForecourtPrincipal consultant = new ForecourtPrincipal("test:sh001-consultant", "李娜",
				ForecourtPrincipal.Kind.USER, Set.of(Role.SALES_CONSULTANT), AccessScope.dealer(this.sh001), null);
		this.mvc.perform(page(consultant).param("groupBy", "dealer").param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("线索漏斗"), containsString("到店"),
					containsString("data-stage=\"CAPTURED\" data-count=\"3\""),
					containsString("data-key=\"" + this.sh001 + "\""),
					not(containsString("data-key=\"" + this.bj001 + "\"")))));
	}

	@Test
	void aServiceAdvisorHasNoFunnel() throws Exception {
		ForecourtPrincipal advisor = new ForecourtPrincipal("test:advisor", "Advisor", ForecourtPrincipal.Kind.USER,
				Set.of(Role.SERVICE_ADVISOR), AccessScope.dealer(this.sh001), null);
		this.mvc.perform(page(advisor)).andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(authentication(authenticated(advisor))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-nav-id=\"leads.funnel\""))));
	}

	@Test
	void htmxGetsTheResultsWithAPeriodTableAndInvalidFiltersAreMarkedWhereTheyAre() throws Exception {
		this.mvc.perform(page(HQ).param("period", "week").param("lang", "en").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"funnel-periods\""),
					containsString("data-key=\"2026-11-09\""), not(containsString("<nav")))));
		this.mvc
			.perform(get("/leads/funnel").param("from", "2026-11-30")
				.param("to", "2026-11-01")
				.param("groupBy", "city")
				.param("lang", "en")
				.with(authentication(authenticated(HQ))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"funnel-problem\""), containsString("data-field=\"groupBy\""),
						containsString("Choose what to break the funnel down by from the list."),
						not(containsString("id=\"funnel-chart\"")), containsString("value=\"2026-11-30\""))));
	}

	@Test
	void theDownloadIsTheSameFunnelAsCsv() throws Exception {
		String csv = this.mvc
			.perform(get("/leads/funnel/export").param("from", "2026-11-01")
				.param("to", "2026-11-30")
				.param("groupBy", "model")
				.param("channel", this.leads.channel())
				.with(authentication(authenticated(HQ))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(4)
			.anyMatch(line -> line.startsWith("total,,,2026-11-01,2026-11-30,4,3,"))
			.anyMatch(line -> line.startsWith("group,EV7,EV7,2026-11-01,2026-11-30,3,2,"));
		this.mvc.perform(get("/leads/funnel/export").param("period", "hour").with(authentication(authenticated(HQ))))
			.andExpect(status().isBadRequest());
	}

	private MockHttpServletRequestBuilder page(ForecourtPrincipal principal) {
		return get("/leads/funnel").param("from", "2026-11-01")
			.param("to", "2026-11-30")
			.param("channel", this.leads.channel())
			.with(authentication(authenticated(principal)));
	}

}
