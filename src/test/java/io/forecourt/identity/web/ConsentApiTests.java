package io.forecourt.identity.web;

import java.util.UUID;

import io.forecourt.support.DemoRecords;
import io.forecourt.identity.ConsentChecks;
import io.forecourt.identity.ConsentChecks.Channel;
import io.forecourt.identity.ConsentChecks.Purpose;
import io.forecourt.identity.ConsentPurpose;
import io.forecourt.identity.ContactDecision;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Consent per purpose over the API, and the contact rules other modules rely on. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsentChecks checks;

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

	private ContactDecision may(String id, Channel channel, Purpose purpose) {
		return this.checks.mayContact(UUID.fromString(id), channel, purpose);
	}

	@Test
	void consentIsGrantedAndWithdrawnByTheSameCallAndKeptAsHistory() throws Exception {
		String id = this.calls.create(this.hq);
		this.calls.consent(this.hq, id, "MARKETING_SMS", true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current[0].purpose").value("MARKETING_SMS"))
			.andExpect(jsonPath("$.current[0].granted").value(true))
			.andExpect(jsonPath("$.current[0].textVersion").value("2026-10"));
		this.mvc
			.perform(as(this.hq, post("/api/v1/customers/" + id + "/consents"))
				.content("{\"purpose\": \"MARKETING_SMS\", \"granted\": false, \"source\": \"sms-reply-TD\"}"))
			.andExpect(status().isOk());

		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + id + "/consents")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.length()").value(1))
			.andExpect(jsonPath("$.current[0].granted").value(false))
			.andExpect(jsonPath("$.current[0].source").value("sms-reply-TD"))
			.andExpect(jsonPath("$.history.length()").value(2))
			.andExpect(jsonPath("$.history[1].granted").value(true));
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + id)))
			.andExpect(jsonPath("$.consents[0].granted").value(false))
			.andExpect(jsonPath("$.timeline[0].type").value("CONSENT_WITHDRAWN"))
			.andExpect(jsonPath("$.timeline[1].type").value("CONSENT_GRANTED"));
		assertThat(may(id, Channel.SMS, Purpose.MARKETING).allowed()).isFalse();
		assertThat(may(id, Channel.SMS, Purpose.MARKETING).reason()).contains("MARKETING_SMS withdrawn");
	}

	@Test
	void invalidConsentFieldsAreNamedEach() throws Exception {
		String id = this.calls.create(this.hq);
		this.mvc
			.perform(as(this.hq, post("/api/v1/customers/" + id + "/consents"))
				.content("{\"purpose\": \"TELEPATHY\", \"granted\": true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("purpose", "source", "textVersion")));
		this.mvc
			.perform(as(this.hq, post("/api/v1/customers/" + id + "/consents"))
				.content("{\"purpose\": \"EMAIL\", \"source\": \"web\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("granted")));
		this.mvc.perform(as(this.consultant, get("/api/v1/customers/" + id + "/consents")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("SELECT count(*) FROM customer_consents WHERE customer_id = ?")
			.param(UUID.fromString(id))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void eachChannelNeedsItsOwnConsentForMarketing() throws Exception {
		String id = this.calls.create(this.hq);
		for (Channel channel : Channel.values()) {
			assertThat(may(id, channel, Purpose.MARKETING))
				.isEqualTo(new ContactDecision(false, "no consent recorded for " + required(channel)));
		}
		for (Channel channel : Channel.values()) {
			this.calls.consent(this.hq, id, required(channel).name(), true).andExpect(status().isOk());
			assertThat(may(id, channel, Purpose.MARKETING).allowed()).as(channel.name()).isTrue();
			assertThat(may(id, channel, Purpose.MARKETING).reason()).startsWith(required(channel) + " granted");
		}
		this.calls.consent(this.hq, id, "WECHAT_MESSAGES", false).andExpect(status().isOk());
		assertThat(may(id, Channel.WECHAT, Purpose.MARKETING).allowed()).isFalse();
		assertThat(may(id, Channel.SMS, Purpose.MARKETING).allowed()).isTrue();
	}

	@Test
	void personalisedMarketingNeedsTheChannelAndRecommendationConsent() throws Exception {
		String id = this.calls.create(this.hq);
		this.calls.consent(this.hq, id, "EMAIL", true);
		assertThat(may(id, Channel.EMAIL, Purpose.PERSONALISED_MARKETING).reason())
			.isEqualTo("no consent recorded for PERSONALISED_RECOMMENDATIONS");
		this.calls.consent(this.hq, id, "PERSONALISED_RECOMMENDATIONS", true);
		assertThat(may(id, Channel.EMAIL, Purpose.PERSONALISED_MARKETING).allowed()).isTrue();
		assertThat(may(id, Channel.SMS, Purpose.PERSONALISED_MARKETING).allowed()).isFalse();
		assertThat(this.checks.consented(UUID.fromString(id), ConsentPurpose.SHARING_WITH_DEALERS).allowed()).isFalse();
	}

	@Test
	void serviceMessagesNeedNoConsentButNeverReachAnErasedOrUnknownCustomer() throws Exception {
		String id = this.calls.create(this.hq);
		for (Channel channel : Channel.values()) {
			assertThat(may(id, channel, Purpose.SERVICE).allowed()).isTrue();
		}
		this.calls.consent(this.hq, id, "MARKETING_SMS", true);
		this.jdbc.sql("UPDATE customers SET status = 'ERASED' WHERE id = ?").param(UUID.fromString(id)).update();
		assertThat(may(id, Channel.SMS, Purpose.SERVICE)).isEqualTo(new ContactDecision(false, "customer erased"));
		assertThat(may(id, Channel.SMS, Purpose.MARKETING).allowed()).isFalse();
		assertThat(may(UUID.randomUUID().toString(), Channel.SMS, Purpose.SERVICE))
			.isEqualTo(new ContactDecision(false, "unknown customer"));
	}

	@Test
	void consentOfAMergedCustomerCountsForTheSurvivorUntilTheUnmerge() throws Exception {
		String older = this.calls.create(this.hq);
		String newer = this.calls.createByApp(this.hq);
		this.calls.consent(this.hq, newer, "PHONE_CALLS", true).andExpect(status().isOk());
		assertThat(may(older, Channel.PHONE, Purpose.MARKETING).allowed()).isFalse();

		this.calls.merge(this.hq, older, newer);
		assertThat(may(older, Channel.PHONE, Purpose.MARKETING).allowed()).isTrue();
		assertThat(may(newer, Channel.PHONE, Purpose.MARKETING).allowed()).isTrue();
		this.mvc.perform(as(this.hq, get("/api/v1/customers/" + older + "/consents")))
			.andExpect(jsonPath("$.current[0].recordedFor").value(newer));
		// Recorded through the merged customer's id, it goes to the survivor.
		this.calls.consent(this.hq, newer, "EMAIL", true);

		this.calls.unmerge(this.hq, older, newer);
		assertThat(may(older, Channel.PHONE, Purpose.MARKETING).allowed()).isFalse();
		assertThat(may(newer, Channel.PHONE, Purpose.MARKETING).allowed()).isTrue();
		assertThat(may(older, Channel.EMAIL, Purpose.MARKETING).allowed()).isTrue();
		assertThat(may(newer, Channel.EMAIL, Purpose.MARKETING).allowed()).isFalse();
	}

	@Test
	void aWithdrawalMadeWhileMergedStaysInForceAfterTheUnmerge() throws Exception {
		String older = this.calls.create(this.hq);
		String newer = this.calls.createByApp(this.hq);
		this.calls.consent(this.hq, newer, "MARKETING_SMS", true).andExpect(status().isOk());
		this.calls.merge(this.hq, older, newer);
		// The person says stop while the two are one customer: it lands on the survivor.
		this.calls.consent(this.hq, older, "MARKETING_SMS", false).andExpect(status().isOk());

		this.calls.unmerge(this.hq, older, newer);

		assertThat(may(older, Channel.SMS, Purpose.MARKETING).allowed()).isFalse();
		assertThat(may(newer, Channel.SMS, Purpose.MARKETING).allowed())
			.as("the earlier grant of the restored customer must not come back")
			.isFalse();
	}

	@Test
	void theLatestDecisionAcrossTheGroupWins() throws Exception {
		String older = this.calls.create(this.hq);
		String newer = this.calls.createByApp(this.hq);
		this.calls.consent(this.hq, newer, "MARKETING_SMS", true);
		this.calls.merge(this.hq, older, newer);
		this.calls.consent(this.hq, newer, "MARKETING_SMS", false);
		assertThat(may(older, Channel.SMS, Purpose.MARKETING).allowed()).isFalse();
		assertThat(may(newer, Channel.SMS, Purpose.MARKETING).reason()).startsWith("MARKETING_SMS withdrawn");
	}

	private static ConsentPurpose required(Channel channel) {
		return switch (channel) {
			case SMS -> ConsentPurpose.MARKETING_SMS;
			case PHONE -> ConsentPurpose.PHONE_CALLS;
			case WECHAT -> ConsentPurpose.WECHAT_MESSAGES;
			case EMAIL -> ConsentPurpose.EMAIL;
		};
	}

}
