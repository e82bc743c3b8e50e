package io.forecourt.leads.web;

import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.leads.LeadGrade;
import io.forecourt.leads.grading.GradeResult;
import io.forecourt.leads.grading.GradeResult.Contribution;
import io.forecourt.leads.grading.LeadFacts;
import io.forecourt.leads.grading.LeadGrading;
import io.forecourt.leads.grading.PurchaseTimeframe;
import io.forecourt.support.ApiKeysForTests;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seeded scoring defaults, and HQ's rules API: edits reach the next grade, ETags,
 * validation and who may change the rules. Tests add their own rules rather than change
 * the seeded ones, which other tests rely on.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadScoringApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	LeadGrading grading;

	@Autowired
	JdbcClient jdbc;

	String hq;

	String consultant;

	@BeforeAll
	void keys() {
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		UUID dealer = this.jdbc.sql("SELECT id FROM dealers ORDER BY code").query(UUID.class).list().get(0);
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(dealer));
	}

	private MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return ApiKeysForTests.bearer(request, key).contentType(MediaType.APPLICATION_JSON);
	}

	private static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36);
	}

	private String createModelRule(String id, String model, int points) throws Exception {
		return this.mvc.perform(as(this.hq, post("/api/v1/lead-scoring-rules")).content("""
				{"id": "%s", "factor": "MODEL", "matchValue": "%s", "points": %d,
				 "description": "Interested in %s", "active": true}
				""".formatted(id, model, points, model)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	private GradeResult gradeInterestIn(String model) {
		return this.grading.grade(new LeadFacts(PurchaseTimeframe.UNKNOWN, false, null, model, "douyin", 0));
	}

	@Test
	void theSeededDefaultsGradeALeadBuyingWithinSevenDaysWithATestDriveH() {
		GradeResult result = this.grading
			.grade(new LeadFacts(PurchaseTimeframe.WITHIN_7_DAYS, true, null, null, "douyin", 0));
		assertThat(result.grade()).isEqualTo(LeadGrade.H);
		assertThat(result.score()).isEqualTo(70);
		assertThat(result.contributions()).containsExactly(
				new Contribution("purchase-within-7-days", "Buys within 7 days", 50),
				new Contribution("test-drive-requested", "Asked for a test drive", 20),
				new Contribution("channel-douyin", "Douyin lead", 0));
	}

	@Test
	void hqSeesTheSeededRulesAndThresholds() throws Exception {
		this.mvc.perform(as(this.hq, get("/api/v1/lead-scoring-rules")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rules[*].id", hasItem("budget-300k")))
			.andExpect(jsonPath("$.thresholds.h").value(70))
			.andExpect(jsonPath("$.thresholds.c").value(-1000));
	}

	@Test
	void editingARuleOverTheApiChangesTheNextGrade() throws Exception {
		String model = unique("model");
		String location = createModelRule(unique("rule"), model, 40);
		GradeResult before = gradeInterestIn(model);
		assertThat(before.score()).isEqualTo(40);
		assertThat(before.grade()).isEqualTo(LeadGrade.B);

		this.mvc.perform(as(this.hq, put(location)).header("If-Match", "\"0\"").content("""
				{"matchValue": "%s", "points": 75, "description": "Flagship interest", "active": true}
				""".formatted(model)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.points").value(75));

		GradeResult after = gradeInterestIn(model.toUpperCase());
		assertThat(after.grade()).isEqualTo(LeadGrade.H);
		assertThat(after.contributions()).extracting(Contribution::description, Contribution::points)
			.contains(tuple("Flagship interest", 75));

		this.mvc.perform(as(this.hq, put(location)).header("If-Match", "\"1\"").content("""
				{"matchValue": "%s", "points": 75, "description": "Flagship interest", "active": false}
				""".formatted(model))).andExpect(status().isOk());
		assertThat(gradeInterestIn(model).score()).isZero();
	}

	@Test
	void anUpdateNeedsTheCurrentETag() throws Exception {
		String location = createModelRule(unique("rule"), unique("model"), 1);
		String body = """
				{"matchValue": "Han", "points": 2, "description": "Han", "active": true}
				""";
		this.mvc.perform(as(this.hq, put(location)).content(body))
			.andExpect(status().isPreconditionRequired())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(as(this.hq, put(location)).header("If-Match", "\"7\"").content(body))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(as(this.hq, put(location)).header("If-Match", "W/\"0\"").content(body))
			.andExpect(status().isPreconditionFailed());
	}

	@Test
	void aMatchValueThatDoesNotFitTheFactorIsRejectedNamingTheField() throws Exception {
		this.mvc
			.perform(as(this.hq, put("/api/v1/lead-scoring-rules/purchase-later")).header("If-Match", "\"0\"")
				.content("""
						{"matchValue": "NEXT_YEAR", "points": 5, "description": "Buys later", "active": true}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("matchValue")));
		this.mvc.perform(as(this.hq, post("/api/v1/lead-scoring-rules")).content("""
				{"id": "%s", "factor": "BUDGET", "matchValue": "-100", "points": 5, "description": "x", "active": true}
				""".formatted(unique("budget"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("matchValue")));
		this.mvc.perform(as(this.hq, post("/api/v1/lead-scoring-rules")).content("""
				{"id": "Bad Id", "factor": "WEATHER", "matchValue": "sunny", "points": 5, "description": "x",
				 "active": true}
				""")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("id")));
		this.mvc.perform(as(this.hq, post("/api/v1/lead-scoring-rules")).content("""
				{"id": "%s", "factor": "WEATHER", "matchValue": "sunny", "points": 5, "description": "x",
				 "active": true}
				""".formatted(unique("weather"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("factor")));
	}

	@Test
	void aRuleIdCanBeUsedOnlyOnce() throws Exception {
		this.mvc.perform(as(this.hq, post("/api/v1/lead-scoring-rules")).content("""
				{"id": "budget-300k", "factor": "BUDGET", "matchValue": "1", "points": 1, "description": "x",
				 "active": true}
				""")).andExpect(status().isConflict());
	}

	@Test
	void thresholdsMustDecreaseStrictly() throws Exception {
		this.mvc.perform(as(this.hq, put("/api/v1/lead-grade-thresholds")).content("""
				{"h": 70, "a": 70, "b": 30, "c": 40}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("a", "c")));
		this.mvc.perform(as(this.hq, put("/api/v1/lead-grade-thresholds")).content("""
				{"h": 70, "a": 50, "b": 30, "c": -1000}
				""")).andExpect(status().isOk()).andExpect(jsonPath("$.h").value(70));
	}

	@Test
	void aConsultantMayNeitherReadNorChangeTheRules() throws Exception {
		this.mvc.perform(as(this.consultant, get("/api/v1/lead-scoring-rules"))).andExpect(status().isForbidden());
		this.mvc
			.perform(as(this.consultant, put("/api/v1/lead-scoring-rules/purchase-later")).header("If-Match", "\"0\"")
				.content("""
						{"matchValue": "LATER", "points": 99, "description": "Buys later", "active": true}
						"""))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(this.consultant, put("/api/v1/lead-grade-thresholds")).content("""
				{"h": 70, "a": 50, "b": 30, "c": -1000}
				""")).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT points FROM lead_scoring_rules WHERE id = 'purchase-later'")
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

}
