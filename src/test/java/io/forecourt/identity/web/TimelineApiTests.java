package io.forecourt.identity.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.support.DemoRecords;
import io.forecourt.identity.CustomerTimeline;
import io.forecourt.identity.TimelineEntry;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.identity.web.CustomerCalls.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The timeline: entries from every module, the whole merge group, newest first, paged.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CustomerTimeline timeline;

	CustomerCalls calls;

	String hq;

	String consultant;

	@BeforeAll
	void keys() {
		this.calls = new CustomerCalls(this.mvc);
		UUID sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(sh001));
	}

	private TimelineEntry lead(String customerId, Instant at, String type, String leadId) {
		return new TimelineEntry(UUID.fromString(customerId), at, "leads", type, type + " " + leadId, "lead", leadId,
				null);
	}

	@Test
	void entriesComeNewestFirstInPages() throws Exception {
		String id = this.calls.create(this.hq);
		Instant start = Instant.parse("2026-01-01T08:00:00Z");
		for (int i = 0; i < 5; i++) {
			// Recorded out of order: the timeline sorts by when it happened.
			this.timeline.record(lead(id, start.plus((i * 3) % 5, ChronoUnit.HOURS), "LEAD_CALLED", "lead-" + i));
		}

		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + id + "/timeline")).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(6))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.items[0].type").value("CUSTOMER_CREATED"))
			.andExpect(jsonPath("$.items[1].occurredAt").value("2026-01-01T12:00:00Z"));
		String page = this.mvc
			.perform(as(this.hq, get("/api/v1/customers/" + id + "/timeline")).param("page", "1").param("size", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> times = JsonPath.read(page, "$.items[*].occurredAt");
		assertThat(times).containsExactly("2026-01-01T11:00:00Z", "2026-01-01T10:00:00Z");
		this.mvc
			.perform(as(this.hq, get("/api/v1/customers/" + id + "/timeline")).param("page", "2").param("size", "2"))
			.andExpect(jsonPath("$.items[*].occurredAt", contains("2026-01-01T09:00:00Z", "2026-01-01T08:00:00Z")));

		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + id + "/timeline")).param("size", "101"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(as(this.consultant, get("/api/v1/customers/" + id + "/timeline")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRedeliveredEventAddsNoSecondEntry() throws Exception {
		String id = this.calls.create(this.hq);
		TimelineEntry assigned = lead(id, Instant.parse("2026-02-01T08:00:00Z"), "LEAD_ASSIGNED", "lead-1");
		assertThat(this.timeline.record(assigned)).isTrue();
		assertThat(this.timeline.record(assigned)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new TimelineEntry(UUID.fromString(id), Instant.now(),
				"Leads", "lead assigned", "x", null, null, null));
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + id + "/timeline")))
			.andExpect(jsonPath("$.totalItems").value(2));
	}

	@Test
	void theSurvivorShowsTheEntriesOfEveryoneMergedIntoIt() throws Exception {
		String older = this.calls.create(this.hq);
		String newer = this.calls.createByApp(this.hq);
		this.timeline.record(lead(older, Instant.parse("2026-03-01T08:00:00Z"), "LEAD_CREATED", "lead-a"));
		this.timeline.record(lead(newer, Instant.parse("2026-03-02T08:00:00Z"), "LEAD_CREATED", "lead-b"));

		this.calls.merge(this.hq, older, newer);
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + newer + "/timeline")))
			.andExpect(jsonPath("$.totalItems").value(5))
			.andExpect(jsonPath("$.items[0].type").value("CUSTOMERS_MERGED"))
			.andExpect(jsonPath("$.items[*].refId", hasItems("lead-a", "lead-b")))
			.andExpect(jsonPath("$.items[?(@.type == 'CUSTOMER_CREATED')].recordedFor", hasItems(older, newer)));
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + older)))
			.andExpect(jsonPath("$.timeline.length()").value(5));

		this.calls.unmerge(this.hq, older, newer);
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + newer + "/timeline")))
			.andExpect(jsonPath("$.items[*].type", contains("CUSTOMERS_UNMERGED", "CUSTOMER_CREATED", "LEAD_CREATED")));
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + older + "/timeline")))
			.andExpect(jsonPath("$.items[*].type",
					contains("CUSTOMERS_UNMERGED", "CUSTOMERS_MERGED", "CUSTOMER_CREATED", "LEAD_CREATED")));
	}

	@Test
	void theViewShowsTheLatestTwentyEntries() throws Exception {
		String id = this.calls.create(this.hq);
		for (int i = 0; i < 25; i++) {
			this.timeline
				.record(lead(id, Instant.parse("2026-04-01T08:00:00Z").plusSeconds(i), "LEAD_CALLED", "call-" + i));
		}
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + id)))
			.andExpect(jsonPath("$.timeline.length()").value(20))
			.andExpect(jsonPath("$.timeline[0].type").value("CUSTOMER_CREATED"))
			.andExpect(jsonPath("$.timeline[1].refId").value("call-24"))
			.andExpect(jsonPath("$.timeline[19].refId").value("call-6"));
	}

}
