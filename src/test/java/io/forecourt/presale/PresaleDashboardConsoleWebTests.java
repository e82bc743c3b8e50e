package io.forecourt.presale;

import java.util.LinkedHashMap;
import java.util.Map;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.presale.launch.LaunchCounters;
import io.forecourt.support.MutableClock;
import io.forecourt.support.TestPrincipals;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The launch dashboard in the console: the campaign's rules and its live figures in both
 * languages, the figures alone for the page's polling, only for HQ.
 */
@PresaleTest
class PresaleDashboardConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	LaunchCounters counters;

	PresaleWork work;

	@BeforeAll
	void work() {
		this.work = new PresaleWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	/**
	 * A campaign of 5 (the Performance capped at 2) with two reserved and one script
	 * refused.
	 */
	private String launched() throws Exception {
		Map<String, @Nullable Integer> offers = new LinkedHashMap<>();
		offers.put(this.work.e5(), null);
		offers.put(this.work.e5Performance(), 2);
		String campaign = this.work.create(this.work.campaign(5).offers(offers));
		this.work
			.reserve(campaign, PresaleWork.mobile(), ", \"configurationCode\": \"" + this.work.e5Performance() + "\"")
			.andExpect(status().isCreated());
		this.work.reserve(campaign, PresaleWork.mobile(), ", \"configurationCode\": \"" + this.work.e5() + "\"")
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/presale/reservations").header("Authorization", "Bearer " + this.work.brandApp())
				.header("User-Agent", "curl/8.5.0")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"campaignCode\": \"" + campaign + "\", \"phone\": \"" + PresaleWork.mobile()
						+ "\", \"configurationCode\": \"" + this.work.e5() + "\"}"))
			.andExpect(status().isForbidden());
		assertThat(this.work.awaitHandover(campaign)).isZero();
		this.counters.flush();
		return campaign;
	}

	@Test
	void hqSeesTheRulesAndTheLiveFiguresInBothLanguages() throws Exception {
		String campaign = launched();

		this.mvc
			.perform(get("/presale/campaigns/" + campaign).param("lang", "en")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Test presale " + campaign),
					containsString("id=\"campaign-facts\""), containsString("Pay within 15 min"),
					containsString("1 per person"), containsString("cap 2"), containsString("Everywhere"),
					containsString("data-state=\"OPEN\""),
					containsString("hx-get=\"/presale/campaigns/" + campaign + "/figures\""),
					containsString("hx-trigger=\"every 2s\""),
					containsString("id=\"figure-remaining\" data-value=\"3\""),
					containsString("id=\"figure-live-reserved\" data-value=\"2\""),
					containsString("id=\"figure-attempts\" data-value=\"3\""),
					containsString("id=\"figure-participants\" data-value=\"3\""),
					containsString("id=\"figure-participants-waiting\" data-value=\"0\">all with the lead center<"),
					containsString("data-counter=\"RESERVED\""), containsString("data-counter=\"REJECTED_USER_AGENT\""),
					containsString("Automated client (user agent)"), containsString("width: 40%"),
					containsString("counted on 1 instance<"), containsString("no orders placed"),
					not(containsString("data-counter=\"REJECTED_BURST\"")))));
		this.mvc
			.perform(get("/presale/campaigns/" + campaign.toLowerCase()).param("lang", "zh-CN")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("测试预售 " + campaign), containsString("剩余名额"),
					containsString("进行中"), containsString("自动化客户端（User-Agent）"), containsString("限 2 台"))));
	}

	@Test
	void thePollGetsTheFiguresAlone() throws Exception {
		String campaign = launched();

		this.mvc
			.perform(get("/presale/campaigns/" + campaign + "/figures").param("lang", "en")
				.header("HX-Request", "true")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"launch-figures\""), containsString("hx-trigger=\"every 2s\""),
						containsString("id=\"figure-remaining\" data-value=\"3\""),
						// the capped configuration: one of its two left
						containsString("data-offer=\"" + this.work.e5Performance() + "\""),
						containsString("Automated client (user agent)"), not(containsString("<html")),
						not(containsString("campaign-facts")), not(containsString("navbar")))));
	}

	@Test
	void onlyHqSeesADashboardAndAnUnknownCampaignIsNotFound() throws Exception {
		String campaign = launched();

		for (String path : new String[] { "/presale/campaigns/" + campaign,
				"/presale/campaigns/" + campaign + "/figures" }) {
			this.mvc.perform(get(path).with(authentication(TestPrincipals.authenticated(TestPrincipals.CONSULTANT))))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/presale/campaigns/" + campaign)).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/presale/campaigns/NO-SUCH-LAUNCH")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/presale/campaigns/NO-SUCH-LAUNCH/figures")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCampaignListLinksToTheDashboard() throws Exception {
		String campaign = launched();

		this.mvc
			.perform(get("/presale/campaigns").param("lang", "en")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/presale/campaigns/" + campaign + "\"")));
	}

}
