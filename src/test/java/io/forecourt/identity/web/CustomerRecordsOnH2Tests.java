package io.forecourt.identity.web;

import java.util.UUID;

import io.forecourt.support.DemoRecords;
import io.forecourt.identity.ConsentChecks;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.identity.web.CustomerCalls.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Profile, tags, consents and timeline on the embedded default (H2 in PostgreSQL mode):
 * the rest of the suite runs them on PostgreSQL, this keeps their SQL portable (typed
 * NULLs, INSERT ... SELECT ... WHERE NOT EXISTS, IN lists, identity columns).
 */
@SpringBootTest(properties = { "forecourt.test.database=as-configured",
		"spring.datasource.url=jdbc:h2:mem:identity-records;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
class CustomerRecordsOnH2Tests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsentChecks checks;

	@Test
	void profileTagsConsentsAndTimelineWorkOnH2() throws Exception {
		assertThat(this.jdbc.sql("SELECT H2VERSION()").query(String.class).single()).isNotBlank();
		UUID sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		String hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		String consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(sh001));
		CustomerCalls calls = new CustomerCalls(this.mvc);
		String id = calls.create(hq);
		String profile = "/api/v1/customers/" + id + "/profile";

		this.mvc
			.perform(as(hq, put(profile)).header("If-Match", calls.etag(hq, id))
				.content("{\"name\": \"李雷\", \"birthday\": \"1990-05-17\", \"cityCode\": \"440300\","
						+ " \"preferredDealerId\": \"" + sh001 + "\", \"lifecycleStage\": \"BUYER\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cityCode").value("440300"));
		this.mvc.perform(as(consultant, get("/api/v1/customers/" + id))).andExpect(status().isOk());
		this.mvc
			.perform(as(hq, put(profile)).header("If-Match", calls.etag(hq, id))
				.content("{\"lifecycleStage\": \"OWNER\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.preferredDealerId").value(nullValue()))
			.andExpect(jsonPath("$.birthday").value(nullValue()));

		this.mvc.perform(as(hq, post("/api/v1/customers/" + id + "/tags")).content("{\"tag\": \"h2-标签\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(as(hq, get("/api/v1/customers")).param("tag", "h2-标签")).andExpect(jsonPath("$", contains(id)));
		this.mvc.perform(as(hq, delete("/api/v1/customers/" + id + "/tags/h2-标签"))).andExpect(status().isNoContent());
		this.mvc.perform(as(hq, get("/api/v1/customers")).param("tag", "h2-标签")).andExpect(jsonPath("$", empty()));

		calls.consent(hq, id, "EMAIL", true).andExpect(status().isOk());
		assertThat(this.checks
			.mayContact(UUID.fromString(id), ConsentChecks.Channel.EMAIL, ConsentChecks.Purpose.MARKETING)
			.allowed()).isTrue();
		this.mvc.perform(as(hq, get("/api/v1/customers/" + id + "/timeline")).param("size", "2"))
			.andExpect(jsonPath("$.totalItems").value(4))
			.andExpect(jsonPath("$.items[0].type").value("CONSENT_GRANTED"));
	}

}
