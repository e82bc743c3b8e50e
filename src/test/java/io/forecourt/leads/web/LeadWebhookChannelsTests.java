package io.forecourt.leads.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.forecourt.leads.web.LeadTestClient.mobile;
import static io.forecourt.leads.web.LeadWebhookSigner.demoSecret;
import static io.forecourt.leads.web.LeadWebhookSigner.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each demo channel's payload, signed with its published secret, becomes a lead with the
 * fields its mapping names, and the lead keeps the payload exactly as sent.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LeadWebhookChannelsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void autohomeNestedPayloadWithStringCodesBecomesALead() throws Exception {
		String phone = mobile();
		String body = """
				{"clue_id": "AH20261121000123",
				 "user": {"name": "钱明", "mobile": "%s"},
				 "clue": {"car_series_name": "Huaxia EV7", "city_code": "310100", "buy_time": "1", "test_drive": "1"},
				 "source": {"activity_id": "ev7-launch", "page": "dealer-quote"},
				 "push_time": "2026-11-21 16:20:00"}""".formatted(phone);

		Map<String, Object> lead = deliver("autohome", body).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/leads/")))
			.andExpect(jsonPath("$.status").value("NEW"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this::lead);

		assertThat(lead).containsEntry("channel", "autohome")
			.containsEntry("name", "钱明")
			.containsEntry("phone_e164", "+86" + phone)
			.containsEntry("model_of_interest", "Huaxia EV7")
			.containsEntry("city_code", "310100")
			.containsEntry("purchase_timeframe", "WITHIN_7_DAYS")
			.containsEntry("test_drive_requested", true)
			.containsEntry("consent_marketing", false)
			.containsEntry("campaign", "ev7-launch")
			.containsEntry("utm_source", "autohome")
			.containsEntry("utm_medium", "dealer-quote")
			.containsEntry("raw_payload", body);
		assertThat(this.jdbc.sql("SELECT channel, raw_payload FROM lead_sources WHERE lead_id = ?")
			.param(lead.get("id"))
			.query()
			.singleRow()).containsEntry("channel", "autohome").containsEntry("raw_payload", body);
		assertThat(this.jdbc.sql("SELECT changed_by FROM lead_grade_history WHERE lead_id = ?")
			.param(lead.get("id"))
			.query(String.class)
			.single()).isEqualTo("channel:autohome");
	}

	@Test
	void yicheFlatPayloadWithChineseCityNamesAndBudgetRangesIsTranslated() throws Exception {
		String phone = mobile();
		String body = """
				{"orderId": "YC-88812", "userName": "孙丽", "userTel": "%s-%s-%s", "serialName": "Huaxia S5",
				 "cityName": "杭州", "buyCarTime": "一周内", "budgetRange": "15-20万", "agreePrivacy": "YES",
				 "activityName": "s5-autumn"}""".formatted(phone.substring(0, 3), phone.substring(3, 7),
				phone.substring(7));

		Map<String, Object> lead = created("yiche", body);

		assertThat(lead).containsEntry("channel", "yiche")
			.containsEntry("name", "孙丽")
			.containsEntry("phone_e164", "+86" + phone)
			.containsEntry("model_of_interest", "Huaxia S5")
			.containsEntry("city_code", "330100")
			.containsEntry("purchase_timeframe", "WITHIN_7_DAYS")
			.containsEntry("consent_marketing", true)
			.containsEntry("test_drive_requested", false)
			.containsEntry("campaign", "s5-autumn")
			.containsEntry("utm_source", "yiche")
			.containsEntry("raw_payload", body);
		assertThat((BigDecimal) lead.get("budget")).isEqualByComparingTo("150000");
	}

	@Test
	void douyinPayloadWithNumbersAndJsonBooleansIsMapped() throws Exception {
		String phone = mobile();
		String body = """
				{"clue_id": 7301234567890123, "telephone": "+86 %s", "name": "周杰", "city_id": 440300,
				 "adv_id": 1780000000001, "ad_id": 1780000000456, "campaign_name": "x9-summer",
				 "form": {"intention_model": "Huaxia X9", "test_drive": true, "buy_period": 2, "marketing_consent": 1},
				 "create_time": 1795000000}""".formatted(phone);

		Map<String, Object> lead = created("douyin", body);

		assertThat(lead).containsEntry("channel", "douyin")
			.containsEntry("name", "周杰")
			.containsEntry("phone_e164", "+86" + phone)
			.containsEntry("city_code", "440300")
			.containsEntry("model_of_interest", "Huaxia X9")
			.containsEntry("test_drive_requested", true)
			.containsEntry("purchase_timeframe", "WITHIN_15_DAYS")
			.containsEntry("consent_marketing", true)
			.containsEntry("utm_source", "douyin")
			.containsEntry("utm_medium", "feed")
			.containsEntry("utm_campaign", "x9-summer")
			.containsEntry("utm_content", "1780000000456")
			.containsEntry("raw_payload", body);
	}

	@Test
	void tencentAdsPayloadWithQuestionListsEmailAndWechatIsMapped() throws Exception {
		String phone = mobile();
		String unionId = "o6_bmjrTx" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		String body = """
				{"leads_id": "TX-50012", "account_id": 20001, "leads_tel": "%s", "leads_name": "吴敏",
				 "leads_email": "wumin@example.com", "leads_wechat_unionid": "%s",
				 "leads_area": {"province": "四川", "city": "成都"}, "adgroup_name": "ev7-moments", "click_id": "wx0abc",
				 "custom_questions": [{"question": "意向车型", "answer": "Huaxia EV7"},
				                      {"question": "是否需要试驾", "answer": "是"},
				                      {"question": "预计购车时间", "answer": "1个月内"}]}""".formatted(phone, unionId);

		Map<String, Object> lead = created("tencent-ads", body);

		assertThat(lead).containsEntry("channel", "tencent-ads")
			.containsEntry("name", "吴敏")
			.containsEntry("phone_e164", "+86" + phone)
			.containsEntry("city_code", "510100")
			.containsEntry("model_of_interest", "Huaxia EV7")
			.containsEntry("test_drive_requested", true)
			.containsEntry("purchase_timeframe", "WITHIN_30_DAYS")
			.containsEntry("utm_source", "tencent-ads")
			.containsEntry("utm_medium", "moments")
			.containsEntry("utm_campaign", "ev7-moments")
			.containsEntry("utm_content", "wx0abc")
			.containsEntry("raw_payload", body);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM customer_identities WHERE customer_id = ? AND kind = 'WECHAT_UNIONID'"
					+ " AND identifier = ?")
			.params(lead.get("customer_id"), unionId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void missingOptionalValuesTakeTheMappingsDefaultsAndFlagsMeanNo() throws Exception {
		String body = "{\"user\": {\"mobile\": \"" + mobile() + "\"}, \"clue\": {}}";

		Map<String, Object> lead = created("autohome", body);

		assertThat(lead).containsEntry("purchase_timeframe", "UNKNOWN")
			.containsEntry("test_drive_requested", false)
			.containsEntry("name", null)
			.containsEntry("utm_source", "autohome");
	}

	@Test
	void aJunkOrInvalidPhoneIsStillKeptAndTheAnswerSaysSo() throws Exception {
		deliver("autohome", "{\"user\": {\"mobile\": \"13800138000\"}}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("JUNK"))
			.andExpect(jsonPath("$.reason").value(containsString("test number")));
		deliver("douyin", "{\"telephone\": \"12345\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INVALID"));
	}

	@Test
	void theSamePersonFromASecondChannelIsADuplicateWithBothSources() throws Exception {
		String phone = mobile();
		UUID first = (UUID) created("autohome", "{\"user\": {\"mobile\": \"" + phone + "\"}}").get("id");

		deliver("yiche", "{\"userTel\": \"" + phone + "\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DUPLICATE"))
			.andExpect(jsonPath("$.leadId").value(first.toString()));

		assertThat(this.jdbc.sql("SELECT channel FROM lead_sources WHERE lead_id = ? ORDER BY captured_at")
			.param(first)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("autohome", "yiche");
	}

	private ResultActions deliver(String channel, String body) throws Exception {
		return this.mvc.perform(signed(channel, demoSecret(channel), body));
	}

	private Map<String, Object> created(String channel, String body) throws Exception {
		return deliver(channel, body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this::lead);
	}

	private Map<String, Object> lead(String answer) {
		UUID id = UUID.fromString(JsonPath.read(answer, "$.leadId"));
		return this.jdbc.sql("SELECT * FROM leads WHERE id = ?").param(id).query().singleRow();
	}

}
