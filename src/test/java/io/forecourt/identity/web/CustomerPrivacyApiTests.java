package io.forecourt.identity.web;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.support.DemoRecords;
import io.forecourt.identity.ConsentChecks;
import io.forecourt.identity.CustomerErased;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.identity.web.CustomerCalls.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person's data export and erasure (PIPL / GDPR). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerPrivacyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsentChecks consents;

	@Autowired
	ApplicationEvents events;

	CustomerCalls calls;

	String hq;

	String manager;

	@BeforeAll
	void keys() {
		this.calls = new CustomerCalls(this.mvc);
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		UUID sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		this.manager = ApiKeysForTests.issue(this.accounts, Role.DEALER_MANAGER, AccessScope.dealer(sh001));
	}

	@Test
	void theExportHoldsEverythingAboutThePersonIncludingMergedRecordsInClear() throws Exception {
		String phone = CustomerCalls.mobile();
		String idNumber = newIdNumber();
		String older = this.calls.resolve(this.hq, "[{\"kind\": \"PHONE\", \"value\": \"" + phone + "\"},"
				+ " {\"kind\": \"NATIONAL_ID\", \"value\": \"" + idNumber + "\"}]");
		String newer = this.calls.createByApp(this.hq);
		this.calls.consent(this.hq, newer, "EMAIL", true);
		this.calls.merge(this.hq, older, newer);

		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + newer + "/export")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customerId").value(older))
			.andExpect(jsonPath("$.records.length()").value(2))
			.andExpect(jsonPath("$.sections.identity.identities[*].identifier").value(hasItem("+86" + phone)))
			.andExpect(jsonPath("$.sections.identity.identities[*].identifier").value(hasItem(idNumber)))
			.andExpect(jsonPath("$.sections.identity.consents[0].purpose").value("EMAIL"))
			.andExpect(jsonPath("$.sections.identity.merges.length()").value(1));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action = 'VIEW_PERSONAL_DATA' AND detail LIKE 'data export%'"
					+ " AND resource_id = ?")
			.param(older)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * A valid, unused resident ID number: Shanghai (310101), born 1990, GB 11643 check.
	 */
	static String newIdNumber() {
		String body = "3101011990"
				+ String.format("%02d", 1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12)) + "15"
				+ String.format("%03d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	@Test
	void onlyHeadquartersMayEraseAndOnlyWithAReason() throws Exception {
		String id = this.calls.create(this.hq);
		this.mvc.perform(as(this.manager, post("/api/v1/customers/" + id + "/erase")).content("{\"reason\": \"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(this.hq, post("/api/v1/customers/" + id + "/erase")).content("{}"))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.sql("SELECT status FROM customers WHERE id = ?")
			.param(UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("ACTIVE");
	}

	@Test
	void erasureAnonymisesTheWholeGroupAndALaterLeadStartsAFreshCustomer() throws Exception {
		String phone = CustomerCalls.mobile();
		String older = this.calls.resolve(this.hq, "[{\"kind\": \"PHONE\", \"value\": \"" + phone + "\"}]");
		String newer = this.calls.createByApp(this.hq);
		this.calls.consent(this.hq, older, "MARKETING_SMS", true);
		this.calls.merge(this.hq, older, newer);

		String erased = this.mvc
			.perform(as(this.hq, post("/api/v1/customers/" + older + "/erase"))
				.content("{\"reason\": \"request by phone, ticket 4711\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> records = JsonPath.read(erased, "$.erasedRecords");
		assertThat(records).containsExactlyInAnyOrder(older, newer);

		assertThat(this.jdbc.sql("SELECT count(*) FROM customer_identities WHERE customer_id IN (?, ?)")
			.params(UUID.fromString(older), UUID.fromString(newer))
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM customers WHERE id IN (?, ?) AND status = 'ERASED'" + " AND name IS NULL")
			.params(UUID.fromString(older), UUID.fromString(newer))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.consents
			.mayContact(UUID.fromString(older), ConsentChecks.Channel.SMS, ConsentChecks.Purpose.MARKETING)
			.allowed()).isFalse();
		assertThat(this.events.stream(CustomerErased.class))
			.anySatisfy(event -> assertThat(event.erasedIds()).hasSize(2));

		String fresh = this.calls.resolve(this.hq, "[{\"kind\": \"PHONE\", \"value\": \"" + phone + "\"}]");
		assertThat(fresh).isNotIn(older, newer);
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + older + "/export"))).andExpect(status().isConflict());
	}

}
