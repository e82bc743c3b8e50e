package io.forecourt.presale;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.support.MutableClock;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HQ's presale pages in both languages: the campaigns with where each stands, and a
 * campaign created from the form (or the form again, naming what is wrong).
 */
@PresaleTest
class PresaleConsoleWebTests {

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
	void hqCreatesACampaignFromTheFormAndSeesItListed() throws Exception {
		this.mvc
			.perform(get("/presale/campaigns/new").param("lang", "en")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("New campaign"), containsString("campaign-form"))));
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), ZoneId.of("Asia/Shanghai"))
			.truncatedTo(ChronoUnit.MINUTES);
		String code = "WEB-" + Long.toString(System.nanoTime(), 36).toUpperCase();

		this.mvc
			.perform(post("/presale/campaigns").param("code", code)
				.param("nameZh", "网页预售")
				.param("nameEn", "Web presale")
				.param("offers", this.work.e5() + ":3\n" + this.work.e5Performance())
				.param("quota", "9")
				.param("opensAt", now.minusHours(1).toString())
				.param("closesAt", now.plusDays(2).toString())
				.param("deposit", "2000")
				.param("paymentWindowMinutes", "30")
				.param("perPersonLimit", "1")
				.param("idNumberRequired", "true")
				.param("regionCodes", "EAST, NORTH")
				.param("cityCodes", "")
				.with(csrf())
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(redirectedUrl("/presale/campaigns"))
			.andExpect(flash().attributeExists("flash"));

		assertThat(this.jdbc
			.sql("SELECT count(*) FROM presale_units u JOIN presale_campaigns c ON c.id = u.campaign_id"
					+ " WHERE c.code = ?")
			.param(code)
			.query(Long.class)
			.single()).isEqualTo(9);
		this.mvc
			.perform(get("/presale/campaigns").param("lang", "en")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(code), containsString("Web presale"),
					containsString("Open"), containsString("cap 3"), containsString("ID number required"))));
		this.mvc
			.perform(get("/presale/campaigns").param("lang", "zh-CN")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("预售活动"), containsString("网页预售"), containsString("进行中"))));
	}

	@Test
	void aBadFormComesBackNamingWhatIsWrongAndCreatesNothing() throws Exception {
		this.mvc
			.perform(post("/presale/campaigns").param("code", "BAD-FORM")
				.param("nameZh", "坏表单")
				.param("nameEn", "Bad form")
				.param("offers", "NOSUCHCD:x")
				.param("quota", "0")
				.param("opensAt", "tomorrow")
				.param("closesAt", "2020-01-01T00:00")
				.param("deposit", "100")
				.param("paymentWindowMinutes", "15")
				.param("perPersonLimit", "1")
				.param("lang", "en")
				.with(csrf())
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("campaign-form-errors"), containsString("opensAt"),
					containsString("offers"))));
		assertThat(this.jdbc.sql("SELECT count(*) FROM presale_campaigns WHERE code = 'BAD-FORM'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aConsultantSeesNoPresaleMenu() throws Exception {
		this.mvc.perform(get("/").with(authentication(TestPrincipals.authenticated(TestPrincipals.CONSULTANT))))
			.andExpect(content().string(not(containsString("href=\"/presale/campaigns\""))));
		this.mvc.perform(get("/").with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(content().string(containsString("href=\"/presale/campaigns\"")));
	}

}
