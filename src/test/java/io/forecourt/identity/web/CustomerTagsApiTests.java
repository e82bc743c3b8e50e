package io.forecourt.identity.web;

import java.util.UUID;

import io.forecourt.support.DemoRecords;
import io.forecourt.identity.CustomerTags;
import io.forecourt.identity.TagSource;
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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Manual and rule tags, and search by tag. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerTagsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CustomerTags customerTags;

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

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void tagsAreAddedFoundAndRemoved() throws Exception {
		String id = this.calls.create(this.hq);
		String vip = unique("VIP客户");

		this.mvc.perform(as(this.hq, post("/api/v1/customers/" + id + "/tags")).content("{\"tag\": \"" + vip + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].tag").value(vip))
			.andExpect(jsonPath("$[0].source").value("MANUAL"));
		// Adding it again changes nothing.
		this.mvc.perform(as(this.hq, post("/api/v1/customers/" + id + "/tags")).content("{\"tag\": \"" + vip + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc.perform(as(this.hq, get("/api/v1/customers")).param("tag", vip))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", contains(id)));
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + id)))
			.andExpect(jsonPath("$.tags[*].tag", contains(vip)));

		this.mvc.perform(as(this.hq, delete("/api/v1/customers/" + id + "/tags/" + vip)))
			.andExpect(status().isNoContent());
		this.mvc.perform(as(this.hq, get("/api/v1/customers")).param("tag", vip)).andExpect(jsonPath("$", empty()));
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + id))).andExpect(jsonPath("$.tags", empty()));
	}

	@Test
	void invalidTagsAreRejected() throws Exception {
		String id = this.calls.create(this.hq);
		for (String tag : new String[] { "", "has space", "x".repeat(41), "semi;colon" }) {
			this.mvc
				.perform(as(this.hq, post("/api/v1/customers/" + id + "/tags")).content("{\"tag\": \"" + tag + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("tag"));
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.customerTags.assign(UUID.fromString(id), "no/slash", TagSource.RULE));
	}

	@Test
	void rulesAssignTagsThatSearchFindsWithinTheScopeAndNarrowingOtherCriteria() throws Exception {
		String phone = CustomerCalls.mobile();
		String id = this.calls.resolve(this.hq, "[{\"kind\": \"PHONE\", \"value\": \"" + phone + "\"}]");
		String other = this.calls.create(this.hq);
		String segment = unique("high_intent");

		assertThat(this.customerTags.assign(UUID.fromString(id), segment, TagSource.RULE)).isTrue();
		assertThat(this.customerTags.assign(UUID.fromString(id), segment, TagSource.RULE)).isFalse();
		assertThat(this.customerTags.assign(UUID.fromString(other), segment, TagSource.RULE)).isTrue();

		this.mvc.perform(as(this.hq, get("/api/v1/customers")).param("tag", segment))
			.andExpect(jsonPath("$", containsInAnyOrder(id, other)));
		this.mvc.perform(as(this.hq, get("/api/v1/customers")).param("tag", segment).param("phone", phone))
			.andExpect(jsonPath("$", contains(id)));
		this.mvc.perform(as(this.consultant, get("/api/v1/customers")).param("tag", segment))
			.andExpect(jsonPath("$", empty()));
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + id)))
			.andExpect(jsonPath("$.tags[0].source").value("RULE"));

		assertThat(this.customerTags.unassign(UUID.fromString(other), segment)).isTrue();
		this.mvc.perform(as(this.hq, get("/api/v1/customers")).param("tag", segment))
			.andExpect(jsonPath("$", contains(id)));
	}

	@Test
	void aMergedCustomersTagsShowOnTheSurvivorAndReturnOnUnmerge() throws Exception {
		String older = this.calls.create(this.hq);
		String newer = this.calls.createByApp(this.hq);
		String tag = unique("试驾");
		this.customerTags.assign(UUID.fromString(newer), tag, TagSource.MANUAL);

		this.calls.merge(this.hq, older, newer);
		this.mvc.perform(as(this.hq, get("/api/v1/customers")).param("tag", tag))
			.andExpect(jsonPath("$", contains(older)));
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + older)))
			.andExpect(jsonPath("$.tags[0].recordedFor").value(newer));

		this.calls.unmerge(this.hq, older, newer);
		this.mvc.perform(as(this.hq, get("/api/v1/customers")).param("tag", tag))
			.andExpect(jsonPath("$", contains(newer)));
	}

}
