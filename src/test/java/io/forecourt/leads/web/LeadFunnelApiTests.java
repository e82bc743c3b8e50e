package io.forecourt.leads.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.leads.LeadStatus;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.DemoRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.forecourt.leads.web.FunnelLeads.Stage.CONTACTED;
import static io.forecourt.leads.web.FunnelLeads.Stage.DELIVERED;
import static io.forecourt.leads.web.FunnelLeads.Stage.ORDERED;
import static io.forecourt.leads.web.FunnelLeads.Stage.TEST_DRIVEN;
import static io.forecourt.leads.web.FunnelLeads.Stage.VISITED;
import static io.forecourt.leads.web.LeadTestClient.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The funnel API on a controlled set of leads in a channel of this test's own: stage
 * counts and rates, every breakdown, time series, scope and bad parameters.
 *
 * <p>
 * The set, captured in November 2026 (Shanghai time):
 * <ol>
 * <li>SH-001, consultant a1, EV7, 11-02: contacted</li>
 * <li>SH-001, a1, EV7, 11-02: contacted, visited, test drive, ordered; 2 duplicates</li>
 * <li>SH-001, a2, X9, 11-10: all the way to delivery</li>
 * <li>SH-001, a2, X9, 11-10: invalid phone</li>
 * <li>BJ-001, no consultant, EV7, 11-20: junk</li>
 * <li>BJ-001, b1, EV7, 11-20: assigned, nothing yet</li>
 * <li>no dealer, no model, 11-30 23:30: new</li>
 * <li>SH-001, a1, ev7, 11-03: contacted and ordered online (no visit or test drive
 * recorded)</li>
 * <li>no dealer, X9, 11-01 00:00 sharp: new</li>
 * </ol>
 * and two outside the month: 10-31 23:59:59 and 12-01 00:00.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadFunnelApiTests {

	static final String NOVEMBER = "from=2026-11-01&to=2026-11-30";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	String hq;

	String sh001Staff;

	String east;

	String north;

	String advisor;

	String channel;

	UUID sh001;

	UUID bj001;

	List<UUID> shConsultants;

	UUID bjConsultant;

	@BeforeAll
	void leads() {
		this.sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		this.bj001 = DemoRecords.dealer(this.jdbc, "BJ-001");
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.sh001Staff = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(this.sh001));
		this.east = ApiKeysForTests.issue(this.accounts, Role.REGION_MANAGER, AccessScope.region(regionOf(this.sh001)));
		this.north = ApiKeysForTests.issue(this.accounts, Role.REGION_MANAGER,
				AccessScope.region(regionOf(this.bj001)));
		this.advisor = ApiKeysForTests.issue(this.accounts, Role.SERVICE_ADVISOR, AccessScope.dealer(this.sh001));
		this.shConsultants = FunnelLeads.consultantsOf(this.jdbc, this.sh001);
		this.bjConsultant = FunnelLeads.consultantsOf(this.jdbc, this.bj001).get(0);
		UUID a1 = this.shConsultants.get(0);
		UUID a2 = this.shConsultants.get(1);

		FunnelLeads leads = new FunnelLeads(this.jdbc, FunnelLeads.uniqueChannel("funnel-"));
		this.channel = leads.channel();
		leads.lead(this.sh001, a1, "EV7", LeadStatus.CONTACTED, "2026-11-02T10:00", CONTACTED);
		UUID second = leads.lead(this.sh001, a1, "EV7", LeadStatus.ORDERED, "2026-11-02T11:00", CONTACTED, VISITED,
				TEST_DRIVEN, ORDERED);
		leads.duplicate(second, "douyin", "2026-11-04T09:00");
		leads.duplicate(second, this.channel, "2026-11-05T09:00");
		leads.lead(this.sh001, a2, "X9", LeadStatus.WON, "2026-11-10T09:00", CONTACTED, VISITED, TEST_DRIVEN, ORDERED,
				DELIVERED);
		leads.lead(this.sh001, a2, "X9", LeadStatus.INVALID, "2026-11-10T09:30");
		leads.lead(this.bj001, null, "EV7", LeadStatus.JUNK, "2026-11-20T12:00");
		leads.lead(this.bj001, this.bjConsultant, "EV7", LeadStatus.ASSIGNED, "2026-11-20T13:00");
		leads.lead(null, null, null, LeadStatus.NEW, "2026-11-30T23:30");
		leads.lead(this.sh001, a1, "ev7", LeadStatus.ORDERED, "2026-11-03T15:00", CONTACTED, ORDERED);
		leads.lead(null, null, "X9", LeadStatus.NEW, "2026-11-01T00:00");
		leads.lead(null, null, "X9", LeadStatus.NEW, "2026-10-31T23:59:59");
		leads.lead(null, null, "X9", LeadStatus.NEW, "2026-12-01T00:00");
	}

	@Test
	void everyStageCountsTheLeadsThatGotAtLeastThatFarWithRatesFromTheStageBeforeAndFromCapture() throws Exception {
		funnel(this.hq, NOVEMBER).andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-11-01"))
			.andExpect(jsonPath("$.to").value("2026-11-30"))
			.andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
			.andExpect(jsonPath("$.groupBy").value("none"))
			.andExpect(jsonPath("$.stages",
					contains("CAPTURED", "VALID", "CONTACTED", "VISITED", "TEST_DRIVEN", "ORDERED", "DELIVERED")))
			.andExpect(jsonPath("$.total.stages[*].count", contains(9, 7, 4, 3, 3, 3, 1)))
			.andExpect(jsonPath("$.total.stages[0].rateFromPrevious").value(nullValue()))
			.andExpect(jsonPath("$.total.stages[*].rateFromPrevious",
					contains(null, 0.7778, 0.5714, 0.75, 1.0, 1.0, 0.3333)))
			.andExpect(jsonPath("$.total.stages[*].rateFromCapture",
					contains(1.0, 0.7778, 0.4444, 0.3333, 0.3333, 0.3333, 0.1111)))
			.andExpect(jsonPath("$.total.duplicates").value(2))
			.andExpect(jsonPath("$.total.series", hasSize(0)))
			.andExpect(jsonPath("$.groups", hasSize(0)));
	}

	@Test
	void byDealerTheGroupsAddUpToTheTotalWithUnroutedLeadsLastAndRatesNullWhereNothingCameBefore() throws Exception {
		funnel(this.hq, NOVEMBER + "&groupBy=dealer").andExpect(status().isOk())
			.andExpect(jsonPath("$.groupBy").value("dealer"))
			.andExpect(jsonPath("$.groups[*].key", contains(this.sh001.toString(), this.bj001.toString(), null)))
			.andExpect(jsonPath("$.groups[0].label", startsWith("SH-001 ")))
			.andExpect(jsonPath("$.groups[1].label", startsWith("BJ-001 ")))
			.andExpect(jsonPath("$.groups[2].label").value(nullValue()))
			.andExpect(jsonPath("$.groups[0].stages[*].count", contains(5, 4, 4, 3, 3, 3, 1)))
			.andExpect(jsonPath("$.groups[0].duplicates").value(2))
			.andExpect(jsonPath("$.groups[1].stages[*].count", contains(2, 1, 0, 0, 0, 0, 0)))
			.andExpect(jsonPath("$.groups[1].stages[2].rateFromPrevious").value(0.0))
			.andExpect(jsonPath("$.groups[1].stages[3].rateFromPrevious").value(nullValue()))
			.andExpect(jsonPath("$.groups[2].stages[*].count", contains(2, 2, 0, 0, 0, 0, 0)))
			.andExpect(jsonPath("$.total.stages[0].count").value(9));
	}

	@Test
	void byConsultantTheGroupsAreLabelledWithTheirNames() throws Exception {
		UUID a1 = this.shConsultants.get(0);
		UUID a2 = this.shConsultants.get(1);
		funnel(this.hq, NOVEMBER + "&groupBy=consultant").andExpect(status().isOk())
			.andExpect(jsonPath("$.groups[*].key",
					contains(a1.toString(), a2.toString(), this.bjConsultant.toString(), null)))
			.andExpect(jsonPath("$.groups[*].label",
					contains(FunnelLeads.staffName(this.jdbc, a1), FunnelLeads.staffName(this.jdbc, a2),
							FunnelLeads.staffName(this.jdbc, this.bjConsultant), null)))
			.andExpect(jsonPath("$.groups[*].stages[0].count", contains(3, 2, 1, 3)))
			.andExpect(jsonPath("$.groups[0].stages[*].count", contains(3, 3, 3, 2, 2, 2, 0)));
	}

	@Test
	void byModelAndByChannel() throws Exception {
		funnel(this.hq, NOVEMBER + "&groupBy=MODEL").andExpect(status().isOk())
			.andExpect(jsonPath("$.groups[*].key", contains("EV7", "X9", "ev7", null)))
			.andExpect(jsonPath("$.groups[*].stages[0].count", contains(4, 3, 1, 1)));
		// Without the channel filter other tests' leads are there too; this channel's
		// group is exactly its own.
		this.mvc.perform(as(this.hq, get("/api/v1/lead-funnel?" + NOVEMBER + "&groupBy=channel")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups[?(@.key == '" + this.channel + "')].stages[*].count",
					contains(9, 7, 4, 3, 3, 3, 1)))
			.andExpect(jsonPath("$.groups[?(@.key == '" + this.channel + "')].label", contains(this.channel)));
	}

	@Test
	void theModelFilterIgnoresCaseAndTheDealerFilterNarrowsToOneDealer() throws Exception {
		funnel(this.hq, NOVEMBER + "&model=ev7").andExpect(jsonPath("$.total.stages[0].count").value(5))
			.andExpect(jsonPath("$.filters.model").value("ev7"));
		funnel(this.hq, NOVEMBER + "&dealerId=" + this.bj001).andExpect(jsonPath("$.total.stages[0].count").value(2))
			.andExpect(jsonPath("$.filters.dealerId").value(this.bj001.toString()));
	}

	@Test
	void weeksRunMondayToSundayCutToTheRangeAndCountLeadsByWhenTheyWereCaptured() throws Exception {
		funnel(this.hq, NOVEMBER + "&period=week").andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("week"))
			.andExpect(jsonPath("$.total.series[*].start",
					contains("2026-11-01", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30")))
			.andExpect(jsonPath("$.total.series[*].end",
					contains("2026-11-01", "2026-11-08", "2026-11-15", "2026-11-22", "2026-11-29", "2026-11-30")))
			.andExpect(jsonPath("$.total.series[*].stages[0].count", contains(1, 3, 2, 2, 0, 1)))
			.andExpect(jsonPath("$.total.series[1].stages[*].count", contains(3, 3, 3, 2, 2, 2, 0)))
			.andExpect(jsonPath("$.total.series[1].duplicates").value(2))
			.andExpect(jsonPath("$.total.series[4].stages[1].rateFromPrevious").value(nullValue()))
			.andExpect(jsonPath("$.total.stages[0].count").value(9));
	}

	@Test
	void daysAndMonthsFollowShanghaiMidnightAndEveryGroupHasItsSeries() throws Exception {
		funnel(this.hq, "from=2026-11-01&to=2026-11-03&period=day&groupBy=dealer").andExpect(status().isOk())
			.andExpect(jsonPath("$.total.series[*].stages[0].count", contains(1, 2, 1)))
			.andExpect(jsonPath("$.groups[0].key").value(this.sh001.toString()))
			.andExpect(jsonPath("$.groups[0].series[*].stages[0].count", contains(0, 2, 1)))
			.andExpect(jsonPath("$.groups[1].series[*].stages[0].count", contains(1, 0, 0)));
		funnel(this.hq, "from=2026-10-15&to=2026-12-15&period=month").andExpect(status().isOk())
			.andExpect(jsonPath("$.total.series[*].start", contains("2026-10-15", "2026-11-01", "2026-12-01")))
			.andExpect(jsonPath("$.total.series[*].end", contains("2026-10-31", "2026-11-30", "2026-12-15")))
			.andExpect(jsonPath("$.total.series[*].stages[0].count", contains(1, 9, 1)));
	}

	@Test
	void dealerStaffSeeTheirDealerAndRegionsTheirDealersOnly() throws Exception {
		funnel(this.sh001Staff, NOVEMBER + "&groupBy=dealer").andExpect(status().isOk())
			.andExpect(jsonPath("$.total.stages[*].count", contains(5, 4, 4, 3, 3, 3, 1)))
			.andExpect(jsonPath("$.groups[*].key", contains(this.sh001.toString())));
		funnel(this.sh001Staff, NOVEMBER + "&dealerId=" + this.bj001).andExpect(status().isOk())
			.andExpect(jsonPath("$.total.stages[*].count", contains(0, 0, 0, 0, 0, 0, 0)))
			.andExpect(
					jsonPath("$.total.stages[*].rateFromCapture", contains(null, null, null, null, null, null, null)));
		funnel(this.east, NOVEMBER + "&groupBy=dealer").andExpect(status().isOk())
			.andExpect(jsonPath("$.groups[*].key", contains(this.sh001.toString())))
			.andExpect(jsonPath("$.total.stages[0].count").value(5));
		funnel(this.north, NOVEMBER + "&groupBy=dealer").andExpect(status().isOk())
			.andExpect(jsonPath("$.groups[*].key", contains(this.bj001.toString())))
			.andExpect(jsonPath("$.total.stages[0].count").value(2));
	}

	@Test
	void onlyLeadReadersMayAsk() throws Exception {
		this.mvc.perform(get("/api/v1/lead-funnel")).andExpect(status().isUnauthorized());
		this.mvc.perform(as(this.advisor, get("/api/v1/lead-funnel"))).andExpect(status().isForbidden());
	}

	@Test
	void withoutDatesItIsTheLastThirtyDaysAndJsonIsTheDefault() throws Exception {
		this.mvc.perform(as(this.hq, get("/api/v1/lead-funnel")).accept(MediaType.ALL))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.groupBy").value("none"))
			.andExpect(jsonPath("$.period").value(nullValue()));
	}

	@Test
	void badParametersAnswer400NamingEveryField() throws Exception {
		bad("from=2026-13-01", "from");
		bad("from=2026-11-30&to=2026-11-01", "to");
		bad("from=2025-11-01&to=2026-11-30", "from");
		bad("groupBy=city", "groupBy");
		bad("period=year", "period");
		bad("dealerId=SH-001", "dealerId");
		bad("channel=" + "x".repeat(61), "channel");
		this.mvc.perform(as(this.hq, get("/api/v1/lead-funnel?from=yesterday&to=11/30/2026&groupBy=city&period=hour")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "to", "groupBy", "period")));
		// 366 days (a leap year) are fine, a day more is not.
		funnel(this.hq, "from=2025-11-30&to=2026-11-30").andExpect(status().isOk());
		bad("from=2025-11-29&to=2026-11-30", "from");
	}

	@Test
	void aBreakdownTooFineForOneAnswerIsRefused() throws Exception {
		FunnelLeads leads = new FunnelLeads(this.jdbc, FunnelLeads.uniqueChannel("fine-"));
		for (int model = 0; model < 55; model++) {
			leads.lead(null, null, "model-" + model, LeadStatus.NEW, "2026-11-05T10:00");
		}
		// 55 models and the total, by day for 366 days: 56 x 366 rows.
		this.mvc
			.perform(as(this.hq, get("/api/v1/lead-funnel")).param("from", "2025-11-30")
				.param("to", "2026-11-30")
				.param("groupBy", "model")
				.param("period", "day")
				.param("channel", leads.channel()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		this.mvc
			.perform(as(this.hq, get("/api/v1/lead-funnel")).param("from", "2025-11-30")
				.param("to", "2026-11-30")
				.param("groupBy", "model")
				.param("period", "week")
				.param("channel", leads.channel()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups", hasSize(55)));
	}

	@Test
	void aCsvRequestWithBadParametersStillGetsAProblem() throws Exception {
		this.mvc.perform(as(this.hq, get("/api/v1/lead-funnel?groupBy=city")).accept("text/csv"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("groupBy"));
	}

	@Test
	void theCsvExportHasARowPerGroupAndNeutralisesCellsASpreadsheetWouldRun() throws Exception {
		FunnelLeads leads = new FunnelLeads(this.jdbc, FunnelLeads.uniqueChannel("=cmd|' /C calc'!"));
		leads.lead(this.sh001, null, "+SUM(A1:A9)", LeadStatus.CONTACTED, "2026-11-05T10:00", CONTACTED);
		leads.lead(this.sh001, null, "@evil", LeadStatus.JUNK, "2026-11-06T10:00");

		String csv = this.mvc
			.perform(as(this.hq, get("/api/v1/lead-funnel")).param("from", "2026-11-01")
				.param("to", "2026-11-30")
				.param("groupBy", "model")
				.param("channel", leads.channel())
				.accept("text/csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition",
					containsString("attachment; filename=\"lead-funnel-2026-11-01-2026-11-30.csv\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv).startsWith("\uFEFFlevel,key,label,period_start,period_end,captured,valid,"
				+ "valid_rate_from_previous,valid_rate_from_capture,contacted,");
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0))
			.endsWith(",delivered,delivered_rate_from_previous,delivered_rate_from_capture,duplicates");
		assertThat(lines.get(1))
			.isEqualTo("total,,,2026-11-01,2026-11-30,2,1,0.5000,0.5000,1,1.0000,0.5000,0,0.0000,0.0000"
					+ ",0,,0.0000,0,,0.0000,0,,0.0000,0");
		assertThat(lines).contains(
				"group,'+SUM(A1:A9),'+SUM(A1:A9),2026-11-01,2026-11-30,1,1,1.0000,1.0000,1,1.0000"
						+ ",1.0000,0,0.0000,0.0000,0,,0.0000,0,,0.0000,0,,0.0000,0",
				"group,'@evil,'@evil,2026-11-01,2026-11-30,1,0,0.0000,0.0000,0,,0.0000,0,,0.0000,0,,0.0000,0,,0.0000"
						+ ",0,,0.0000,0");
		assertThat(lines.stream().flatMap(line -> Arrays.stream(line.split(",")))).noneMatch(
				cell -> cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@") || cell.startsWith("\"="));

		String byChannel = this.mvc
			.perform(as(this.hq, get("/api/v1/lead-funnel")).param("from", "2026-11-01")
				.param("to", "2026-11-30")
				.param("groupBy", "channel")
				.param("period", "week")
				.param("channel", leads.channel())
				.accept("text/csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// A week per row: 6 weeks for the total and for the channel's group.
		assertThat(byChannel.lines()).hasSize(13)
			.anyMatch(line -> line.startsWith("group,'" + leads.channel() + ",'" + leads.channel() + ",2026-11-02,"))
			.noneMatch(line -> line.contains(",=") || line.contains(",\"="));
	}

	private void bad(String query, String field) throws Exception {
		this.mvc.perform(as(this.hq, get("/api/v1/lead-funnel?" + query)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field", contains(field)));
	}

	private ResultActions funnel(String key, String query) throws Exception {
		return this.mvc.perform(request(key, query));
	}

	private MockHttpServletRequestBuilder request(String key, String query) {
		return as(key, get("/api/v1/lead-funnel?" + query + "&channel=" + this.channel));
	}

	private UUID regionOf(UUID dealer) {
		return this.jdbc.sql("SELECT region_id FROM dealers WHERE id = ?").param(dealer).query(UUID.class).single();
	}

}
