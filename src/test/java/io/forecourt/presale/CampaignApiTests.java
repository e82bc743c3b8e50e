package io.forecourt.presale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HQ's campaigns: created whole (its quota as rows) or refused whole, naming every
 * invalid field; read by code and listed.
 */
@PresaleTest
class CampaignApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	PresaleWork work;

	@BeforeAll
	void work() {
		this.work = new PresaleWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void aCampaignIsCreatedWithItsQuotaAsRowsAndReadBack() throws Exception {
		Map<String, Integer> offers = new LinkedHashMap<>();
		offers.put(this.work.e5(), 7);
		offers.put(this.work.e5Performance(), null);
		String code = this.work.create(this.work.campaign(2_017)
			.offers(offers)
			.perPersonLimit(2)
			.regions(java.util.List.of("EAST"), java.util.List.of("460100")));
		UUID id = this.work.campaignId(code);

		assertThat(count("SELECT count(*) FROM presale_units WHERE campaign_id = ?", id)).isEqualTo(2_017);
		assertThat(count("SELECT count(*) FROM presale_config_tokens WHERE campaign_id = ?", id)).isEqualTo(7);
		this.work.read(this.work.hq(), "/api/v1/presale/campaigns/" + code.toLowerCase())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.modelCode").value("E5"))
			.andExpect(jsonPath("$.brand").value("Huaxia"))
			.andExpect(jsonPath("$.quota").value(2017))
			.andExpect(jsonPath("$.perPersonLimit").value(2))
			.andExpect(jsonPath("$.paymentWindowMinutes").value(15))
			.andExpect(jsonPath("$.regionCodes[0]").value("EAST"))
			.andExpect(jsonPath("$.cityCodes[0]").value("460100"))
			.andExpect(jsonPath("$.offers[0].configurationCode").value(this.work.e5()))
			.andExpect(jsonPath("$.offers[0].cap").value(7))
			.andExpect(jsonPath("$.offers[0].nameZh").exists())
			.andExpect(jsonPath("$.offers[1].cap").doesNotExist());
		this.work.read(this.work.hq(), "/api/v1/presale/campaigns?size=100")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem(code)));
		assertThat(count("SELECT count(*) FROM audit_log WHERE resource_type = 'presale-campaign' AND resource_id = ?",
				id.toString()))
			.isEqualTo(1);
	}

	@Test
	void aCampaignWithBadFieldsIsRefusedNamingEachAndNothingIsWritten() throws Exception {
		long before = count("SELECT count(*) FROM presale_campaigns");
		this.work.send(this.work.hq(), post("/api/v1/presale/campaigns"), """
				{"code": "x", "nameZh": "", "nameEn": "Launch", "offers": [{"configurationCode": "ZZZZZZZZ"}],
				 "quota": 0, "opensAt": "2026-01-01T00:00:00Z", "closesAt": "2025-01-01T00:00:00Z",
				 "deposit": 0.001, "paymentWindowMinutes": 0, "perPersonLimit": 11,
				 "regionCodes": ["MOON"], "cityCodes": ["440000"]}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("nameZh")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("quota")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("offers[0].configurationCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("closesAt")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("deposit")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("paymentWindowMinutes")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("perPersonLimit")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("regionCodes[0]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("cityCodes[0]")));

		String s7 = this.work.configure("S7", "S7-LUXURY", "OBSIDIAN-BLACK", "INT-BEIGE");
		Map<String, Integer> twoModels = new LinkedHashMap<>();
		twoModels.put(this.work.e5(), 20);
		twoModels.put(s7, null);
		this.work
			.send(this.work.hq(), post("/api/v1/presale/campaigns"),
					this.work.campaign(10).offers(twoModels).json("MIXED-MODELS"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("offers[0].cap")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("offers[1].configurationCode")));
		assertThat(count("SELECT count(*) FROM presale_campaigns")).isEqualTo(before);

		String taken = this.work.create(this.work.campaign(3));
		this.work.send(this.work.hq(), post("/api/v1/presale/campaigns"), this.work.campaign(3).json(taken))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/duplicate"));
		this.work.read(this.work.hq(), "/api/v1/presale/campaigns/NO-SUCH").andExpect(status().isNotFound());
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
