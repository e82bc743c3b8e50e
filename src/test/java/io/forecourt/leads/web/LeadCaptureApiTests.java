package io.forecourt.leads.web;

import java.util.UUID;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.leads.web.LeadTestClient.as;
import static io.forecourt.leads.web.LeadTestClient.await;
import static io.forecourt.leads.web.LeadTestClient.capture;
import static io.forecourt.leads.web.LeadTestClient.lead;
import static io.forecourt.leads.web.LeadTestClient.mobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Capturing a lead: One ID, grading, invalid phones, junk rules, duplicates, scope. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadCaptureApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	String integrator;

	String hq;

	String consultant;

	@BeforeAll
	void keys() {
		UUID sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		this.integrator = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(sh001));
	}

	private String captureNew(String phone) throws Exception {
		String body = capture(this.mvc, this.integrator, lead(phone, "")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.leadId");
	}

	@Test
	void aCapturedLeadBelongsToTheCustomerOneIdResolvesAndIsGraded() throws Exception {
		String phone = mobile();
		String leadId = JsonPath
			.read(capture(this.mvc, this.integrator, lead(phone, "")).andExpect(status().isCreated())
				.andExpect(header().string("Location", containsString("/api/v1/leads/")))
				.andExpect(jsonPath("$.status").value("NEW"))
				.andExpect(jsonPath("$.duplicate").value(false))
				.andExpect(jsonPath("$.grade").value(notNullValue()))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.leadId");
		UUID customer = this.jdbc
			.sql("SELECT customer_id FROM customer_identities WHERE identifier = ? AND kind = 'PHONE'")
			.param("+86" + phone)
			.query(UUID.class)
			.single();

		this.mvc.perform(as(this.hq, get("/api/v1/leads/" + leadId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customerId").value(customer.toString()))
			.andExpect(jsonPath("$.phone").value("+86" + phone))
			.andExpect(jsonPath("$.grade").value(notNullValue()))
			.andExpect(jsonPath("$.explanation").value(notNullValue()))
			.andExpect(jsonPath("$.sources", hasSize(1)))
			.andExpect(jsonPath("$.grades", hasSize(1)));
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'VIEW_PERSONAL_DATA' AND resource_id = ?")
					.param(leadId)
					.query(Long.class)
					.single())
			.isEqualTo(1);
		await(() -> this.jdbc.sql("SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type = ?")
			.params(customer, "LEAD_CAPTURED")
			.query(Long.class)
			.single() == 1);
	}

	@Test
	void anInvalidPhoneIsKeptAndFlaggedWithoutCustomerOrGrade() throws Exception {
		String leadId = JsonPath
			.read(capture(this.mvc, this.integrator, lead("12345", "")).andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("INVALID"))
				.andExpect(jsonPath("$.reason").value(notNullValue()))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.leadId");
		this.mvc.perform(as(this.hq, get("/api/v1/leads/" + leadId)))
			.andExpect(jsonPath("$.customerId").doesNotExist())
			.andExpect(jsonPath("$.grade").doesNotExist())
			.andExpect(jsonPath("$.phoneRaw").value("12345"));
	}

	@Test
	void aMinimalLeadWithoutFlagsIsAcceptedAndTheFlagsMeanNo() throws Exception {
		String leadId = JsonPath
			.read(capture(this.mvc, this.integrator, "{\"channel\": \"douyin\", \"phone\": \"12345\"}")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("INVALID"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.leadId");
		this.mvc.perform(as(this.hq, get("/api/v1/leads/" + leadId)))
			.andExpect(jsonPath("$.consentMarketing").value(false))
			.andExpect(jsonPath("$.testDriveRequested").value(false));
	}

	@Test
	void testNumbersRepeatedDigitsAscendingRunsAndSpamNumbersAreJunk() throws Exception {
		String spam = mobile();
		this.jdbc.sql("INSERT INTO lead_spam_numbers (phone_e164, reason, added_at) VALUES (?, 'reported', now())")
			.param("+86" + spam)
			.update();
		for (String[] junk : new String[][] { { "13800138000", "test number" }, { "13988888888", "repeated" },
				{ "13712345678", "ascending" }, { spam, "spam list" } }) {
			capture(this.mvc, this.integrator, lead(junk[0], "")).andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("JUNK"))
				.andExpect(jsonPath("$.reason").value(containsString(junk[1])));
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM customer_identities WHERE identifier = ?")
			.param("+86" + spam)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void moreThanFiveArrivalsOfOnePhoneInTenMinutesAreABurst() throws Exception {
		String phone = mobile();
		captureNew(phone);
		for (int i = 0; i < 4; i++) {
			capture(this.mvc, this.integrator, lead(phone, "")).andExpect(jsonPath("$.duplicate").value(true));
		}
		capture(this.mvc, this.integrator, lead(phone, "")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("JUNK"))
			.andExpect(jsonPath("$.reason").value(containsString("burst")));
	}

	@Test
	void aDuplicateInsideTheWindowAttachesASourceToTheOpenLead() throws Exception {
		String phone = mobile();
		String first = captureNew(phone);
		capture(this.mvc, this.integrator, lead("+86 " + phone, ", \"campaign\": \"spring-sale\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true))
			.andExpect(jsonPath("$.leadId").value(first));
		this.mvc.perform(as(this.hq, get("/api/v1/leads/" + first))).andExpect(jsonPath("$.sources", hasSize(2)));
		assertThat(this.jdbc.sql("SELECT count(*) FROM leads WHERE phone_e164 = ?")
			.param("+86" + phone)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void outsideTheDedupWindowANewLeadOpens() throws Exception {
		String phone = mobile();
		String first = captureNew(phone);
		this.jdbc.sql("UPDATE leads SET captured_at = captured_at - INTERVAL '31' DAY WHERE id = ?")
			.param(UUID.fromString(first))
			.update();
		capture(this.mvc, this.integrator, lead(phone, "")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.duplicate").value(false))
			.andExpect(jsonPath("$.leadId").value(not(first)));
	}

	@Test
	void validationErrorsNameTheFieldsAndWriteNothing() throws Exception {
		long before = this.jdbc.sql("SELECT count(*) FROM leads").query(Long.class).single();
		capture(this.mvc, this.integrator,
				"{\"phone\": \"" + mobile() + "\", \"cityCode\": \"31\", \"testDriveRequested\": false,"
						+ " \"consentMarketing\": false}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("channel", "cityCode")));
		assertThat(this.jdbc.sql("SELECT count(*) FROM leads").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void dealerStaffDoNotSeeTheHqPool() throws Exception {
		// Urumqi: no dealer in the city or its province, so the lead stays in the HQ pool
		String body = capture(this.mvc, this.integrator, lead(mobile(), "").replace("310100", "650100"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String leadId = JsonPath.read(body, "$.leadId");
		await(() -> this.jdbc.sql("SELECT count(*) FROM leads WHERE id = ? AND routed_at IS NOT NULL")
			.param(UUID.fromString(leadId))
			.query(Long.class)
			.single() == 1);
		this.mvc.perform(as(this.consultant, get("/api/v1/leads/" + leadId))).andExpect(status().isNotFound());
		// the HQ pool is HQ's: dealer staff see no NEW lead
		this.mvc.perform(as(this.consultant, get("/api/v1/leads").param("status", "NEW")))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(as(this.hq, get("/api/v1/leads").param("status", "NEW").param("channel", "autohome")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].phone", containsString("****")));
	}

}
