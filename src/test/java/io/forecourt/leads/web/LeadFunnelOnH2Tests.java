package io.forecourt.leads.web;

import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.leads.LeadStatus;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.DemoRecords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.leads.web.FunnelLeads.Stage.CONTACTED;
import static io.forecourt.leads.web.FunnelLeads.Stage.ORDERED;
import static io.forecourt.leads.web.LeadTestClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The funnel's one aggregate query on the embedded default (H2 in PostgreSQL mode): the
 * rest of the suite runs it on PostgreSQL; this keeps its SQL portable (the derived table
 * of duplicates, the period CASE, typed NULL group keys, scope IN lists).
 */
@SpringBootTest(properties = { "forecourt.test.database=as-configured",
		"spring.datasource.url=jdbc:h2:mem:lead-funnel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
class LeadFunnelOnH2Tests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFunnelCountsByGroupAndPeriodOnH2() throws Exception {
		assertThat(this.jdbc.sql("SELECT H2VERSION()").query(String.class).single()).isNotBlank();
		UUID sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		UUID consultant = FunnelLeads.consultantsOf(this.jdbc, sh001).get(0);
		FunnelLeads leads = new FunnelLeads(this.jdbc, FunnelLeads.uniqueChannel("h2-"));
		UUID ordered = leads.lead(sh001, consultant, "EV7", LeadStatus.ORDERED, "2026-11-02T10:00", CONTACTED, ORDERED);
		leads.duplicate(ordered, "douyin", "2026-11-03T10:00");
		leads.lead(sh001, null, "EV7", LeadStatus.INVALID, "2026-11-09T10:00");
		leads.lead(null, null, null, LeadStatus.NEW, "2026-11-30T23:59");
		String hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		String east = ApiKeysForTests.issue(this.accounts, Role.REGION_MANAGER, AccessScope.region(
				this.jdbc.sql("SELECT region_id FROM dealers WHERE id = ?").param(sh001).query(UUID.class).single()));

		for (String groupBy : new String[] { "none", "channel", "dealer", "consultant", "model" }) {
			this.mvc
				.perform(as(hq, get("/api/v1/lead-funnel")).param("from", "2026-11-01")
					.param("to", "2026-11-30")
					.param("groupBy", groupBy)
					.param("period", "week")
					.param("channel", leads.channel()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total.stages[*].count", contains(3, 2, 1, 1, 1, 1, 0)))
				.andExpect(jsonPath("$.total.duplicates").value(1))
				.andExpect(jsonPath("$.total.series[*].stages[0].count", contains(0, 1, 1, 0, 0, 1)));
		}
		this.mvc
			.perform(as(east, get("/api/v1/lead-funnel")).param("from", "2026-11-01")
				.param("to", "2026-11-30")
				.param("groupBy", "consultant")
				.param("channel", leads.channel()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups[*].key", contains(consultant.toString(), null)))
			.andExpect(jsonPath("$.total.stages[0].count").value(2));
	}

}
