package io.forecourt.leads.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.forecourt.leads.web.LeadTestClient.as;
import static io.forecourt.leads.web.LeadTestClient.mobile;
import static io.forecourt.leads.web.LeadWebhookSigner.demoSecret;
import static io.forecourt.leads.web.LeadWebhookSigner.nonce;
import static io.forecourt.leads.web.LeadWebhookSigner.signature;
import static io.forecourt.leads.web.LeadWebhookSigner.signed;
import static io.forecourt.leads.web.LeadWebhookSigner.unsigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever a webhook refuses, it answers with a clear problem and writes nothing: no
 * lead, no source, no nonce.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadWebhookRejectionTests {

	private static final String CHANNEL = "autohome";

	private static final String SECRET = demoSecret(CHANNEL);

	private static final String PROBLEMS = "https://forecourt.dev/problems/";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	String hq;

	@BeforeAll
	void keys() {
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
	}

	@Test
	void anUnsignedDeliveryIsRefused() throws Exception {
		String body = body(mobile());
		refused(unsigned(CHANNEL, body), 401, "unauthenticated", "X-Forecourt-Timestamp");
		refused(unsigned(CHANNEL, body).header("X-Forecourt-Timestamp", now()).header("X-Forecourt-Nonce", nonce()),
				401, "unauthenticated", "X-Forecourt-Signature");
		refused(unsigned(CHANNEL, body).header("X-Forecourt-Timestamp", now())
			.header("X-Forecourt-Signature", "sha256=00"), 401, "unauthenticated", "X-Forecourt-Nonce");
	}

	@Test
	void aDeliverySignedWithAnotherSecretIsRefused() throws Exception {
		refused(signed(CHANNEL, demoSecret("yiche"), body(mobile())), 401, "unauthenticated",
				"signature does not match");
	}

	@Test
	void aTamperedBodyIsRefused() throws Exception {
		String body = body(mobile());
		String time = now();
		String nonce = nonce();
		String signed = signature(SECRET, time, nonce, body.getBytes(StandardCharsets.UTF_8));
		refused(unsigned(CHANNEL, body.replace("钱明", "钱朋")).header("X-Forecourt-Timestamp", time)
			.header("X-Forecourt-Nonce", nonce)
			.header("X-Forecourt-Signature", signed), 401, "unauthenticated", "signature does not match");
		refused(unsigned(CHANNEL, body).header("X-Forecourt-Timestamp", time)
			.header("X-Forecourt-Nonce", nonce)
			.header("X-Forecourt-Signature", "sha256=not-hex"), 401, "unauthenticated", "signature does not match");
	}

	@Test
	void aStaleDeliveryIsRefusedEvenWhenCorrectlySigned() throws Exception {
		long sixMinutesAgo = Instant.now().getEpochSecond() - 360;
		refused(signed(CHANNEL, SECRET, body(mobile()), sixMinutesAgo, nonce()), 401, "unauthenticated", "stale");
	}

	@Test
	void aTimestampTooFarAheadIsRefused() throws Exception {
		long inSixMinutes = Instant.now().getEpochSecond() + 360;
		refused(signed(CHANNEL, SECRET, body(mobile()), inSixMinutes, nonce()), 401, "unauthenticated", "ahead");
		refused(signed(CHANNEL, SECRET, body(mobile()), Instant.now().getEpochSecond(), "has.a.dot"), 401,
				"unauthenticated", "X-Forecourt-Nonce");
	}

	@Test
	void aTimestampWithinTheWindowIsAccepted() throws Exception {
		long fourMinutesAgo = Instant.now().getEpochSecond() - 240;
		this.mvc.perform(signed(CHANNEL, SECRET, body(mobile()), fourMinutesAgo, nonce()))
			.andExpect(status().isCreated());
	}

	@Test
	void aReplayedNonceIsRefusedAndNamesTheLeadItGave() throws Exception {
		String time = now();
		String nonce = nonce();
		String body = body(mobile());
		String leadId = JsonPath.read(this.mvc.perform(signed(CHANNEL, SECRET, body, Long.parseLong(time), nonce))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.leadId");

		refused(signed(CHANNEL, SECRET, body, Long.parseLong(time), nonce), 409, "replayed", nonce)
			.andExpect(jsonPath("$.leadId").value(leadId));
		// the same nonce with another (correctly signed) body is a replay too
		refused(signed(CHANNEL, SECRET, body(mobile()), Long.parseLong(time), nonce), 409, "replayed", nonce);
	}

	@Test
	void ofConcurrentDeliveriesOfOneNonceExactlyOneKeepsALead() throws Exception {
		String phone = mobile();
		long time = Instant.now().getEpochSecond();
		String nonce = nonce();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Callable<Integer>> deliveries = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				deliveries.add(() -> this.mvc.perform(signed(CHANNEL, SECRET, body(phone), time, nonce))
					.andReturn()
					.getResponse()
					.getStatus());
			}
			for (Future<Integer> result : pool.invokeAll(deliveries)) {
				statuses.add(result.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409);
		assertThat(count("SELECT count(*) FROM leads WHERE phone_e164 = ?", "+86" + phone)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM lead_sources WHERE phone_e164 = ?", "+86" + phone)).isEqualTo(1);
	}

	@Test
	void anUnknownOrInactiveChannelIsNotFound() throws Exception {
		refused(signed("no-such-channel", SECRET, body(mobile())), 404, "not-found", "no-such-channel");

		String code = "inactive-" + UUID.randomUUID().toString().substring(0, 8);
		String secret = JsonPath.read(this.mvc
			.perform(as(this.hq, post("/api/v1/lead-channels")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\": \"" + code + "\", \"displayName\": \"Paused\", \"active\": true,"
						+ " \"fieldMapping\": {\"phone\": {\"path\": \"/tel\"}}}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.secret");
		this.mvc
			.perform(as(this.hq, put("/api/v1/lead-channels/" + code)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"displayName\": \"Paused\", \"active\": false,"
						+ " \"fieldMapping\": {\"phone\": {\"path\": \"/tel\"}}}"))
			.andExpect(status().isOk());

		refused(signed(code, secret, "{\"tel\": \"" + mobile() + "\"}"), 404, "not-found", code);
	}

	@Test
	void aPayloadTheMappingCannotMapIsRefusedNamingEachField() throws Exception {
		refused(signed(CHANNEL, SECRET, "{\"user\": {\"name\": \"钱明\"}}"), 400, "validation", "/user/mobile")
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
		refused(signed(CHANNEL, SECRET,
				"{\"user\": {\"mobile\": \"" + mobile() + "\"}, \"clue\": {\"test_drive\": \"maybe\", \"city_code\":"
						+ " \"上海\"}}"),
				400, "validation", "fields are invalid")
			.andExpect(jsonPath("$.errors[*].field", hasItem("testDriveRequested")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("cityCode")));
		refused(signed(CHANNEL, SECRET, "{\"user\": {\"mobile\": {\"number\": \"" + mobile() + "\"}}}"), 400,
				"validation", "not a value");
		refused(signed("tencent-ads", demoSecret("tencent-ads"),
				"{\"leads_tel\": \"" + mobile() + "\", \"leads_email\": \"not an address\"}"), 400, "validation",
				"email");
		refused(signed(CHANNEL, SECRET, "mobile=13900000000"), 400, "malformed-request", "JSON");
		refused(signed(CHANNEL, SECRET, "\"a string\""), 400, "malformed-request", "JSON");
	}

	@Test
	void anOversizeBodyIsRefusedBeforeAnythingElse() throws Exception {
		String padding = "x".repeat(64 * 1024);
		refused(signed(CHANNEL, SECRET, "{\"user\": {\"mobile\": \"" + mobile() + "\"}, \"pad\": \"" + padding + "\"}"),
				413, "payload-too-large", "65536");
		refused(unsigned("no-such-channel", padding + "xx"), 413, "payload-too-large", "65536");
	}

	@Test
	void aBearerKeyIsNeitherNeededNorAGoodSubstituteForASignature() throws Exception {
		refused(as(this.hq, unsigned(CHANNEL, body(mobile()))), 401, "unauthenticated", "X-Forecourt-Timestamp");
	}

	/** Performs a delivery that must be refused, and checks it wrote nothing. */
	private ResultActions refused(MockHttpServletRequestBuilder delivery, int status, String type, String detail)
			throws Exception {
		Map<String, Long> before = written();
		ResultActions result = this.mvc.perform(delivery)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(PROBLEMS + type))
			.andExpect(jsonPath("$.detail").value(containsString(detail)));
		assertThat(written()).isEqualTo(before);
		return result;
	}

	private Map<String, Long> written() {
		return Map.of("leads", count("SELECT count(*) FROM leads"), "lead_sources",
				count("SELECT count(*) FROM lead_sources"), "nonces", count("SELECT count(*) FROM lead_channel_nonces"),
				"customers", count("SELECT count(*) FROM customers"));
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String body(String phone) {
		return "{\"user\": {\"name\": \"钱明\", \"mobile\": \"" + phone + "\"}, \"clue\": {\"buy_time\": \"2\"}}";
	}

	private static String now() {
		return Long.toString(Instant.now().getEpochSecond());
	}

}
