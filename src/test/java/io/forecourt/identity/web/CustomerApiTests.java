package io.forecourt.identity.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The customer API: resolution, the 360 view by role and scope, merges over HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	String hq;

	String integrator;

	String consultant;

	UUID sh001;

	@BeforeAll
	void keys() {
		this.sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.integrator = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(this.sh001));
	}

	private static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + key);
	}

	private static String mobile() {
		return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	private String resolve(String key, String identifiersJson) throws Exception {
		String body = this.mvc
			.perform(as(key, post("/api/v1/customers/resolve")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"identifiers\": " + identifiersJson + ", \"source\": \"test\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.customerId");
	}

	@Test
	void anIntegratorResolvesIdentifiersButCannotReadCustomers() throws Exception {
		String phone = mobile();
		String id = resolve(this.integrator, "[{\"kind\": \"PHONE\", \"value\": \"" + phone + "\"}]");
		assertThat(resolve(this.integrator, "[{\"kind\": \"PHONE\", \"value\": \"+86 " + phone + "\"}]")).isEqualTo(id);
		this.mvc.perform(as(this.integrator, get("/api/v1/customers/" + id))).andExpect(status().isForbidden());
	}

	@Test
	void invalidIdentifiersAreProblemsNamingEachOne() throws Exception {
		this.mvc
			.perform(as(this.integrator, post("/api/v1/customers/resolve")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"identifiers\": [{\"kind\": \"PHONE\", \"value\": \"12\"},"
						+ " {\"kind\": \"NATIONAL_ID\", \"value\": \"110105194912310021\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("identifiers[0]", "identifiers[1]")));
		this.mvc
			.perform(as(this.integrator, post("/api/v1/customers/resolve")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"identifiers\": [{\"kind\": \"FAX\", \"value\": \"1\"}]}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void headquartersSeesPersonalDataUnmaskedAndTheViewIsAudited() throws Exception {
		String phone = mobile();
		String id = resolve(this.hq,
				"[{\"kind\": \"PHONE\", \"value\": \"" + phone + "\"},"
						+ " {\"kind\": \"NATIONAL_ID\", \"value\": \"110105194912310021\"}]"
							.replace("110105194912310021", "11010519491231002X"));

		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.identities[?(@.kind == 'PHONE')].value").value(hasItem("+86" + phone)))
			.andExpect(jsonPath("$.identities[?(@.kind == 'NATIONAL_ID')].value").value(hasItem("11010519491231002X")));
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'VIEW_PERSONAL_DATA' AND resource_id = ?")
					.param(id)
					.query(Long.class)
					.single())
			.isPositive();
	}

	@Test
	void dealerStaffSeeOnlyTheirDealersCustomersAndThoseMasked() throws Exception {
		String phone = mobile();
		String id = resolve(this.hq, "[{\"kind\": \"PHONE\", \"value\": \"" + phone + "\"}]");

		this.mvc.perform(as(this.consultant, get("/api/v1/customers/" + id))).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ACCESS_DENIED' AND resource_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isPositive();

		this.jdbc
			.sql("INSERT INTO customer_dealers (customer_id, dealer_id, reason, linked_at) VALUES (?, ?, 'test', ?)")
			.params(UUID.fromString(id), this.sh001, Timestamp.from(Instant.now()))
			.update();
		this.mvc.perform(as(this.consultant, get("/api/v1/customers/" + id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.identities[0].masked").value(true))
			.andExpect(jsonPath("$.identities[0].value").value(phone.substring(0, 3) + "****" + phone.substring(7)));
		this.mvc.perform(as(this.consultant, get("/api/v1/customers").param("phone", phone)))
			.andExpect(jsonPath("$[0]").value(id));
	}

	@Test
	void aDealerKeepsSeeingItsCustomerAfterItIsMergedIntoAnother() throws Exception {
		String older = resolve(this.hq, "[{\"kind\": \"PHONE\", \"value\": \"" + mobile() + "\"}]");
		String newer = resolve(this.hq, "[{\"kind\": \"APP_USER\", \"value\": \"app-" + UUID.randomUUID() + "\"}]");
		this.jdbc
			.sql("INSERT INTO customer_dealers (customer_id, dealer_id, reason, linked_at) VALUES (?, ?, 'test', ?)")
			.params(UUID.fromString(newer), this.sh001, Timestamp.from(Instant.now()))
			.update();
		this.mvc
			.perform(as(this.hq, post("/api/v1/customers/" + older + "/merge")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerId\": \"" + newer + "\"}"))
			.andExpect(status().isOk());

		this.mvc.perform(as(this.consultant, get("/api/v1/customers/" + older)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(older));
	}

	@Test
	void headquartersMergesAndUnmergesCustomersOverTheApi() throws Exception {
		String older = resolve(this.hq, "[{\"kind\": \"PHONE\", \"value\": \"" + mobile() + "\"}]");
		String newer = resolve(this.hq, "[{\"kind\": \"APP_USER\", \"value\": \"app-" + UUID.randomUUID() + "\"}]");

		this.mvc
			.perform(as(this.hq, post("/api/v1/customers/" + newer + "/merge")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerId\": \"" + older + "\", \"reason\": \"same person, called to confirm\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(older))
			.andExpect(jsonPath("$.merges[0].mergedId").value(newer))
			.andExpect(jsonPath("$.identities.length()").value(2));
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + newer))).andExpect(jsonPath("$.id").value(older));

		this.mvc
			.perform(
					as(this.hq, post("/api/v1/customers/" + older + "/unmerge")).contentType(MediaType.APPLICATION_JSON)
						.content("{\"customerId\": \"" + newer + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.restoredId").value(newer));
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + newer)))
			.andExpect(jsonPath("$.id").value(newer))
			.andExpect(jsonPath("$.identities.length()").value(1));
		this.mvc
			.perform(as(this.consultant, post("/api/v1/customers/" + older + "/merge"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerId\": \"" + newer + "\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRejectedSuggestionIsDecidedOnce() throws Exception {
		String name = "赵" + UUID.randomUUID().toString().substring(0, 5);
		String bodyTemplate = "{\"identifiers\": [{\"kind\": \"PHONE\", \"value\": \"%s\"}], \"name\": \"" + name
				+ "\", \"cityCode\": \"330100\", \"modelInterest\": \"EV7\"}";
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(as(this.hq, post("/api/v1/customers/resolve")).contentType(MediaType.APPLICATION_JSON)
					.content(bodyTemplate.formatted(mobile())))
				.andExpect(status().isOk());
		}
		String suggestions = this.mvc.perform(as(this.hq, get("/api/v1/merge-suggestions").param("size", "100")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<String> ids = JsonPath.read(suggestions, "$[?(@.reason =~ /.*name.*/)].id");
		assertThat(ids).isNotEmpty();
		String id = ids.get(ids.size() - 1);

		this.mvc.perform(as(this.hq, post("/api/v1/merge-suggestions/" + id + "/reject")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		this.mvc.perform(as(this.hq, post("/api/v1/merge-suggestions/" + id + "/accept")))
			.andExpect(status().isConflict());
	}

}
