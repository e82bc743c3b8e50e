package io.forecourt.leads.presale;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.presale.PresaleParticipantsJoined;
import io.forecourt.presale.PresaleParticipantsJoined.Outcome;
import io.forecourt.presale.PresaleParticipantsJoined.Participant;
import io.forecourt.support.ApiKeysForTests;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Presale participants become leads: one per participant through the bulk capture path,
 * graded by what their attempt says, invalid phones kept, nobody twice when a batch is
 * delivered again, and a person with an open lead attributed rather than duplicated.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PresaleLeadsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	String integrator;

	/** An E5 Standard Range: 199,800 yuan, over the 150,000 budget rule. */
	String e5;

	@BeforeAll
	void keysAndConfiguration() throws Exception {
		this.integrator = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		String body = this.mvc
			.perform(post("/api/v1/configurations").header("Authorization", "Bearer " + this.integrator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"modelCode\": \"E5\", \"trimCode\": \"E5-STD\", \"exteriorColourCode\": \"PEARL-WHITE\","
						+ " \"interiorColourCode\": \"INT-BLACK\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.e5 = JsonPath.read(body, "$.code");
	}

	@Test
	void everyParticipantBecomesOneLeadGradedByTheOutcomeOfTheirAttempt() throws Exception {
		String reserved = mobile();
		String soldOut = mobile();
		String reservedWithoutConfiguration = mobile();
		PresaleParticipantsJoined event = batch(
				participant(reserved, Outcome.RESERVED, this.e5, "{\"phone\": \"" + reserved + "\"}"),
				participant(soldOut, Outcome.SOLD_OUT, this.e5, null),
				participant(reservedWithoutConfiguration, Outcome.RESERVED, null, null),
				participant("12345", Outcome.SOLD_OUT, this.e5, null));

		publish(event);
		awaitDelivered(event);

		List<Map<String, Object>> leads = leadsOf(event);
		assertThat(leads).hasSize(4);
		assertThat(leads).allSatisfy(lead -> {
			assertThat(lead.get("channel")).isEqualTo("presale");
			assertThat(lead.get("campaign")).isEqualTo(event.campaignCode());
			assertThat(lead.get("model_of_interest")).isEqualTo("E5");
			assertThat(lead.get("brand")).isEqualTo("Huaxia");
			assertThat(lead.get("city_code")).isEqualTo("310100");
			assertThat(lead.get("consent_marketing")).isEqualTo(true);
		});
		// 50 (within 7 days) + 10 (a budget of 150,000 or more) + 15 (presale) = 75: H
		Map<String, Object> hot = leadOf(event, "+86" + reserved);
		// routing runs after capture, on its own thread: the lead may already be assigned
		assertThat(hot.get("status")).isIn("NEW", "ASSIGNED");
		assertThat(hot.get("grade").toString().strip()).isEqualTo("H");
		assertThat(hot.get("grade_score")).isEqualTo(75);
		assertThat(hot.get("grade_explanation"))
			.isEqualTo("purchase-within-7-days +50; budget-150k +10; channel-presale +15");
		assertThat(hot.get("raw_payload")).isEqualTo("{\"phone\": \"" + reserved + "\"}");
		assertThat(hot.get("purchase_timeframe")).isEqualTo("WITHIN_7_DAYS");
		// 10 + 15 = 25: C
		Map<String, Object> cold = leadOf(event, "+86" + soldOut);
		assertThat(cold.get("grade").toString().strip()).isEqualTo("C");
		assertThat(cold.get("grade_score")).isEqualTo(25);
		// without a known price a reservation scores 50 + 15 = 65: A
		Map<String, Object> warm = leadOf(event, "+86" + reservedWithoutConfiguration);
		assertThat(warm.get("grade").toString().strip()).isEqualTo("A");
		assertThat(warm.get("grade_score")).isEqualTo(65);
		Map<String, Object> invalid = leads.stream()
			.filter(lead -> lead.get("phone_e164") == null)
			.findFirst()
			.orElseThrow();
		assertThat(invalid.get("status")).isEqualTo("INVALID");
		assertThat(invalid.get("phone_raw")).isEqualTo("12345");
		assertThat(invalid.get("junk_reason")).isEqualTo("phone number is not valid");
		assertThat(invalid.get("grade")).isNull();
		// valid new leads are routed as an import's are (to a dealer, or tried and
		// pooled)
		await(() -> this.jdbc.sql("SELECT count(*) FROM leads WHERE id = ? AND routed_at IS NOT NULL")
			.param(hot.get("id"))
			.query(Long.class)
			.single() == 1);
	}

	@Test
	void aBatchDeliveredAgainCapturesNobodyTwice() throws Exception {
		String first = mobile();
		String second = mobile();
		PresaleParticipantsJoined event = batch(participant(first, Outcome.RESERVED, this.e5, null),
				participant(second, Outcome.LIMIT_REACHED, null, null),
				participant("999", Outcome.SOLD_OUT, null, null));
		publish(event);
		awaitDelivered(event);
		assertThat(leadsOf(event)).hasSize(3);
		long sources = sourcesOf(event);

		publish(event);
		awaitDelivered(event);
		// a later batch naming one of them again (the same person, formatted differently)
		PresaleParticipantsJoined again = new PresaleParticipantsJoined(event.campaignId(), event.campaignCode(),
				event.brand(), event.modelCode(),
				List.of(participant("+86 " + first, Outcome.RESERVED, this.e5, null)));
		publish(again);
		awaitDelivered(again);

		assertThat(leadsOf(event)).hasSize(3);
		assertThat(sourcesOf(event)).isEqualTo(sources).isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT count(*) FROM lead_presale_participants WHERE campaign_id = ?")
			.param(event.campaignId())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aParticipantWithAnOpenLeadGetsThePresaleAsAnotherSource() throws Exception {
		String phone = mobile();
		String body = this.mvc
			.perform(post("/api/v1/leads").header("Authorization", "Bearer " + this.integrator)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\": \"autohome\", \"phone\": \"" + phone + "\", \"name\": \"钱明\","
						+ " \"cityCode\": \"310100\", \"purchaseTimeframe\": \"LATER\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID open = UUID.fromString(JsonPath.read(body, "$.leadId"));
		PresaleParticipantsJoined event = batch(participant(phone, Outcome.RESERVED, this.e5, null));

		publish(event);
		awaitDelivered(event);

		assertThat(this.jdbc.sql("SELECT count(*) FROM leads WHERE phone_e164 = ?")
			.param("+86" + phone)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT channel || '/' || coalesce(campaign, '-') FROM lead_sources"
					+ " WHERE lead_id = ? ORDER BY captured_at")
			.param(open)
			.query(String.class)
			.list()).containsExactly("autohome/-", "presale/" + event.campaignCode());
		assertThat(this.jdbc.sql("SELECT lead_id FROM lead_presale_participants WHERE campaign_id = ?")
			.param(event.campaignId())
			.query(UUID.class)
			.single()).isEqualTo(open);
	}

	private PresaleParticipantsJoined batch(Participant... participants) {
		String code = "launch-" + UUID.randomUUID().toString().substring(0, 8);
		return new PresaleParticipantsJoined(UUID.randomUUID(), code, "Huaxia", "E5", List.of(participants));
	}

	private static Participant participant(String phone, Outcome outcome, @Nullable String configuration,
			@Nullable String rawPayload) {
		return new Participant(phone, "钱明", outcome, configuration, "310100", true,
				Instant.parse("2026-11-22T02:00:00Z"), rawPayload);
	}

	private void publish(PresaleParticipantsJoined event) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.events.publishEvent(event));
	}

	/** Until every publication of the batch (each delivery) has been handled. */
	private void awaitDelivered(PresaleParticipantsJoined event) throws InterruptedException {
		await(() -> this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND listener_id LIKE ?"
					+ " AND completion_date IS NULL")
			.params("%" + event.campaignCode() + "%", "%PresaleLeads%")
			.query(Long.class)
			.single() == 0);
	}

	private List<Map<String, Object>> leadsOf(PresaleParticipantsJoined event) {
		return this.jdbc.sql("SELECT * FROM leads WHERE campaign = ? ORDER BY captured_at")
			.param(event.campaignCode())
			.query()
			.listOfRows();
	}

	private Map<String, Object> leadOf(PresaleParticipantsJoined event, String e164) {
		return leadsOf(event).stream().filter(lead -> e164.equals(lead.get("phone_e164"))).findFirst().orElseThrow();
	}

	private long sourcesOf(PresaleParticipantsJoined event) {
		return this.jdbc.sql("SELECT count(*) FROM lead_sources WHERE campaign = ?")
			.param(event.campaignCode())
			.query(Long.class)
			.single();
	}

	private static String mobile() {
		while (true) {
			String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
			if (!phone.matches(".*(\\d)\\1{7}.*") && !phone.contains("12345678") && !phone.contains("23456789")) {
				return phone;
			}
		}
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within 30 seconds");
			}
			Thread.sleep(50);
		}
	}

}
