package io.forecourt.identity.web;

import java.util.UUID;

import io.forecourt.support.DemoRecords;
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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editing the profile: optimistic concurrency, validation, and the preferred dealer. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerProfileApiTests {

	private static final String PROFILE = """
			{"name": "王小明", "gender": "MALE", "birthday": "1988-03-09", "cityCode": "310100",
			 "household": "married, two children", "preferredLanguage": "zh-CN", "lifecycleStage": "LEAD"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	CustomerCalls calls;

	String hq;

	String consultant;

	String otherConsultant;

	UUID sh001;

	UUID other;

	@BeforeAll
	void keys() {
		this.calls = new CustomerCalls(this.mvc);
		this.sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		this.other = this.jdbc.sql("SELECT id FROM dealers WHERE code <> 'SH-001' ORDER BY code LIMIT 1")
			.query(UUID.class)
			.single();
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(this.sh001));
		this.otherConsultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT,
				AccessScope.dealer(this.other));
	}

	@Test
	void aProfileUpdateNeedsTheCurrentETag() throws Exception {
		String id = this.calls.create(this.hq);
		String etag = this.calls.etag(this.hq, id);

		this.mvc.perform(as(this.hq, put("/api/v1/customers/" + id + "/profile")).content(PROFILE))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(as(this.hq, put("/api/v1/customers/" + id + "/profile")).header("If-Match", "\"999\"")
				.content(PROFILE))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(as(this.hq, put("/api/v1/customers/" + id + "/profile")).header("If-Match", etag).content(PROFILE))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.name").value("王小明"))
			.andExpect(jsonPath("$.birthday").value("1988-03-09"))
			.andExpect(jsonPath("$.household").value("married, two children"))
			.andExpect(jsonPath("$.lifecycleStage").value("LEAD"))
			.andExpect(jsonPath("$.timeline[0].type").value("PROFILE_CHANGED"));
		// The same ETag again is stale now.
		this.mvc
			.perform(as(this.hq, put("/api/v1/customers/" + id + "/profile")).header("If-Match", etag).content(PROFILE))
			.andExpect(status().isPreconditionFailed());
		assertThat(this.jdbc.sql(
				"SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND resource_id = ? AND detail LIKE 'profile:%'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void invalidProfileFieldsAreNamedEachAndNothingIsWritten() throws Exception {
		String id = this.calls.create(this.hq);
		String etag = this.calls.etag(this.hq, id);
		String invalid = """
				{"name": "%s", "gender": "OTHER", "birthday": "2999-01-01", "cityCode": "440305",
				 "household": "%s", "preferredDealerId": "not-a-uuid", "preferredLanguage": "fr",
				 "lifecycleStage": "CHURNED"}""".formatted("名".repeat(101), "x".repeat(401));

		this.mvc
			.perform(as(this.hq, put("/api/v1/customers/" + id + "/profile")).header("If-Match", etag).content(invalid))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "gender", "birthday", "cityCode",
					"household", "preferredDealerId", "preferredLanguage", "lifecycleStage")));
		this.mvc
			.perform(as(this.hq, put("/api/v1/customers/" + id + "/profile")).header("If-Match", etag)
				.content("{\"preferredDealerId\": \"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("preferredDealerId", "lifecycleStage")));

		assertThat(this.calls.etag(this.hq, id)).isEqualTo(etag);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'UPDATE' AND resource_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void dealerStaffSeeACustomerOnceTheirDealerIsPreferred() throws Exception {
		String id = this.calls.create(this.hq);
		this.mvc.perform(as(this.consultant, get("/api/v1/customers/" + id))).andExpect(status().isNotFound());

		this.mvc
			.perform(as(this.hq, put("/api/v1/customers/" + id + "/profile"))
				.header("If-Match", this.calls.etag(this.hq, id))
				.content("{\"lifecycleStage\": \"PROSPECT\", \"preferredDealerId\": \"" + this.sh001 + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.preferredDealerId").value(this.sh001.toString()));

		this.mvc.perform(as(this.consultant, get("/api/v1/customers/" + id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
		this.mvc.perform(as(this.otherConsultant, get("/api/v1/customers/" + id))).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("SELECT reason FROM customer_dealers WHERE customer_id = ? AND dealer_id = ?")
			.params(UUID.fromString(id), this.sh001)
			.query(String.class)
			.single()).isEqualTo("PREFERRED");
	}

	@Test
	void dealerStaffCannotHandTheirCustomerToAnotherDealer() throws Exception {
		String id = this.calls.create(this.hq);
		this.mvc
			.perform(as(this.hq, put("/api/v1/customers/" + id + "/profile"))
				.header("If-Match", this.calls.etag(this.hq, id))
				.content("{\"lifecycleStage\": \"LEAD\", \"preferredDealerId\": \"" + this.sh001 + "\"}"))
			.andExpect(status().isOk());

		this.mvc
			.perform(as(this.consultant, put("/api/v1/customers/" + id + "/profile"))
				.header("If-Match", this.calls.etag(this.consultant, id))
				.content("{\"lifecycleStage\": \"LEAD\", \"preferredDealerId\": \"" + this.other + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("preferredDealerId"));
		this.mvc.perform(as(this.otherConsultant, get("/api/v1/customers/" + id))).andExpect(status().isNotFound());
	}

	@Test
	void aCustomerOutsideTheScopeCannotBeEdited() throws Exception {
		String id = this.calls.create(this.hq);
		this.mvc
			.perform(as(this.consultant, put("/api/v1/customers/" + id + "/profile")).header("If-Match", "\"0\"")
				.content(PROFILE))
			.andExpect(status().isNotFound());
	}

}
