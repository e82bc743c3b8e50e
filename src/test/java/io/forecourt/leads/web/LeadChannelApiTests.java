package io.forecourt.leads.web;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.DemoRecords;
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

import static io.forecourt.leads.web.LeadTestClient.as;
import static io.forecourt.leads.web.LeadTestClient.mobile;
import static io.forecourt.leads.web.LeadWebhookSigner.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HQ configures lead channels: create, change the mapping, rotate the secret. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadChannelApiTests {

	private static final String MAPPING = "{\"phone\": {\"path\": \"/contact/tel\"},"
			+ " \"purchaseTimeframe\": {\"path\": \"/when\", \"values\": {\"soon\": \"WITHIN_7_DAYS\"},"
			+ " \"default\": \"LATER\"}, \"utmSource\": {\"constant\": \"partner\"}}";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	String hq;

	String consultant;

	@BeforeAll
	void keys() {
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT,
				AccessScope.dealer(DemoRecords.dealer(this.jdbc, "SH-001")));
	}

	@Test
	void aNewChannelGetsItsSecretOnceAndCanDeliverWithIt() throws Exception {
		String code = code();
		String answer = create(code, MAPPING).andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.secret", startsWith("fcwh_")))
			.andExpect(jsonPath("$.channel.webhookPath").value("/api/v1/lead-webhooks/" + code))
			.andExpect(jsonPath("$.channel.replayWindowSeconds").value(300))
			.andExpect(jsonPath("$.channel.demo").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = JsonPath.read(answer, "$.secret");

		String read = this.mvc.perform(as(this.hq, get("/api/v1/lead-channels/" + code)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.secretHint").value(secret.substring(0, 9) + "…"))
			.andExpect(jsonPath("$.fieldMapping.purchaseTimeframe.default").value("LATER"))
			.andExpect(jsonPath("$.secret").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(read).doesNotContain(secret);
		this.mvc.perform(as(this.hq, get("/api/v1/lead-channels")).param("size", "100"))
			.andExpect(jsonPath("$.items[*].code", hasItem(code)))
			.andExpect(jsonPath("$.items[*].code", hasItem("autohome")));
		assertThat(this.jdbc.sql("SELECT secret_encrypted FROM lead_channels WHERE code = ?")
			.param(code)
			.query(String.class)
			.single()).startsWith("v1:").doesNotContain(secret);
		assertThat(
				this.jdbc.sql("SELECT detail FROM audit_log WHERE resource_type = 'lead-channel' AND resource_id = ?")
					.param(code)
					.query(String.class)
					.list())
			.hasSize(1)
			.noneMatch(detail -> detail.contains(secret));

		String phone = mobile();
		String leadId = JsonPath.read(this.mvc
			.perform(signed(code, secret, "{\"contact\": {\"tel\": \"" + phone + "\"}, \"when\": \"SOON\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.leadId");
		assertThat(this.jdbc.sql("SELECT channel, purchase_timeframe, utm_source FROM leads WHERE id = ?")
			.param(UUID.fromString(leadId))
			.query()
			.singleRow()).containsEntry("channel", code)
			.containsEntry("purchase_timeframe", "WITHIN_7_DAYS")
			.containsEntry("utm_source", "partner");
	}

	@Test
	void theMappingIsChangedWithItsETagAndTheNextDeliveryUsesIt() throws Exception {
		String code = code();
		String secret = secret(create(code, MAPPING));
		String changed = "{\"displayName\": \"Renamed\", \"active\": true, \"replayWindowSeconds\": 600,"
				+ " \"fieldMapping\": {\"phone\": {\"path\": \"/mobile\"}, \"name\": {\"path\": \"/who\"}}}";

		update(code, null, changed).andExpect(status().isPreconditionRequired());
		update(code, "\"0\"", changed).andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.replayWindowSeconds").value(600))
			.andExpect(jsonPath("$.fieldMapping.name.path").value("/who"));
		update(code, "\"0\"", changed).andExpect(status().isPreconditionFailed());

		String phone = mobile();
		String leadId = JsonPath
			.read(this.mvc.perform(signed(code, secret, "{\"mobile\": \"" + phone + "\", \"who\": \"Han Mei\"}"))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.leadId");
		assertThat(this.jdbc.sql("SELECT name FROM leads WHERE id = ?")
			.param(UUID.fromString(leadId))
			.query(String.class)
			.single()).isEqualTo("Han Mei");
	}

	@Test
	void aMappingThatCannotWorkIsRefusedNamingEveryProblemAndChangesNothing() throws Exception {
		String code = code();
		create(code, MAPPING);
		String broken = """
				{"displayName": " ", "active": true, "replayWindowSeconds": 5,
				 "fieldMapping": {
				   "telephone": {"path": "/tel"},
				   "name": {"path": "/who", "constant": "x"},
				   "cityCode": {"path": "no-slash"},
				   "budget": {"path": "/b", "values": {"cheap": "a lot"}},
				   "purchaseTimeframe": {"path": "/t", "values": {"soon": "TOMORROW", "SOON": "LATER"}},
				   "testDriveRequested": {"path": "/td", "default": "perhaps"},
				   "consentMarketing": {"constant": "true", "values": {"1": "true"}}
				 }}""";

		update(code, "\"0\"", broken).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("displayName", "replayWindowSeconds", "fieldMapping.telephone",
							"fieldMapping.name", "fieldMapping.cityCode.path", "fieldMapping.budget.values.cheap",
							"fieldMapping.purchaseTimeframe.values.soon", "fieldMapping.purchaseTimeframe.values.SOON",
							"fieldMapping.testDriveRequested.default", "fieldMapping.consentMarketing",
							"fieldMapping.phone")));
		this.mvc.perform(as(this.hq, get("/api/v1/lead-channels/" + code)))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.displayName").value("Partner " + code));

		create(code(), "{\"name\": {\"path\": \"/who\"}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("fieldMapping.phone")));
		create("Bad Code!", MAPPING).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")));
		create(code, MAPPING).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/duplicate"));
		create(code(), "{\"phone\": {\"path\": \"/tel\", \"regex\": \".*\"}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/unknown-field"));
	}

	@Test
	void rotatingTheSecretRetiresTheOldOneAtOnce() throws Exception {
		String code = code();
		String old = secret(create(code, MAPPING));

		String rotated = secret(this.mvc.perform(as(this.hq, post("/api/v1/lead-channels/" + code + "/secret")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.channel.version").value(1)));

		assertThat(rotated).isNotEqualTo(old).startsWith("fcwh_");
		this.mvc.perform(signed(code, old, "{\"contact\": {\"tel\": \"" + mobile() + "\"}}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(signed(code, rotated, "{\"contact\": {\"tel\": \"" + mobile() + "\"}}"))
			.andExpect(status().isCreated());
		assertThat(this.jdbc
			.sql("SELECT detail FROM audit_log WHERE resource_type = 'lead-channel' AND resource_id = ?"
					+ " AND action = 'UPDATE'")
			.param(code)
			.query(String.class)
			.single()).contains("secret rotated").doesNotContain(rotated);
	}

	@Test
	void onlyHeadquartersMayReadOrChangeChannels() throws Exception {
		this.mvc.perform(as(this.consultant, get("/api/v1/lead-channels"))).andExpect(status().isForbidden());
		this.mvc.perform(as(this.consultant, get("/api/v1/lead-channels/autohome"))).andExpect(status().isForbidden());
		this.mvc
			.perform(as(this.consultant, post("/api/v1/lead-channels")).contentType(MediaType.APPLICATION_JSON)
				.content(newChannel(code(), MAPPING)))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(this.consultant, post("/api/v1/lead-channels/autohome/secret")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.secret").doesNotExist());
		this.mvc.perform(get("/api/v1/lead-channels")).andExpect(status().isUnauthorized());
		assertThat(
				this.jdbc.sql("SELECT demo FROM lead_channels WHERE code = 'autohome'").query(Boolean.class).single())
			.isTrue();
		this.mvc.perform(as(this.hq, get("/api/v1/lead-channels/no-such")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", not(startsWith("Internal"))));
	}

	private ResultActions create(String code, String mapping) throws Exception {
		return this.mvc.perform(as(this.hq, post("/api/v1/lead-channels")).contentType(MediaType.APPLICATION_JSON)
			.content(newChannel(code, mapping)));
	}

	private ResultActions update(String code, String ifMatch, String body) throws Exception {
		var request = as(this.hq, put("/api/v1/lead-channels/" + code)).contentType(MediaType.APPLICATION_JSON)
			.content(body);
		return this.mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
	}

	private static String newChannel(String code, String mapping) {
		return "{\"code\": \"" + code + "\", \"displayName\": \"Partner " + code + "\", \"active\": true,"
				+ " \"fieldMapping\": " + mapping + "}";
	}

	private static String secret(ResultActions issued) throws Exception {
		return JsonPath.read(issued.andReturn().getResponse().getContentAsString(), "$.secret");
	}

	private static String code() {
		return "partner-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
