package io.forecourt.network.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ConsoleWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.forecourt.support.TestPrincipals.HQ;
import static io.forecourt.support.TestPrincipals.authenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dealer pages: scope, htmx fragments, validation at the fields, PRG and conflicts.
 */
@ConsoleWebTest
class DealerConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDealersStaffSeeOnlyTheirOwnDealerInTheList() throws Exception {
		this.mvc.perform(get("/dealers").with(as(consultantOf("SH-001"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-dealer-code=\"SH-001\"")))
			.andExpect(content().string(not(containsString("data-dealer-code=\"SH-002\""))))
			.andExpect(content().string(not(containsString("data-dealer-code=\"BJ-001\""))));
	}

	@Test
	void aRegionManagerSeesTheDealersOfTheirRegionOnly() throws Exception {
		ForecourtPrincipal east = principal(Role.REGION_MANAGER, AccessScope.region(regionId("EAST")));
		this.mvc.perform(get("/dealers").with(as(east)))
			.andExpect(content().string(
					allOf(containsString("data-dealer-code=\"SH-001\""), containsString("data-dealer-code=\"HZ-001\""),
							not(containsString("data-dealer-code=\"BJ-001\"")))));
	}

	@Test
	void anHtmxSearchGetsOnlyTheResultsFragment() throws Exception {
		this.mvc.perform(get("/dealers").param("q", "beijing").header("HX-Request", "true").with(as(HQ)))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(startsWith("<section id=\"dealer-results\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("console-navbar"))))
			.andExpect(content().string(containsString("data-dealer-code=\"BJ-001\"")))
			.andExpect(content().string(containsString("data-dealer-code=\"BJ-002\"")))
			.andExpect(content().string(not(containsString("data-dealer-code=\"SH-001\""))));
	}

	@Test
	void theListPagesTenAtATimeAndTheFiltersCombine() throws Exception {
		this.mvc.perform(get("/dealers").param("page", "1").with(as(HQ)))
			.andExpect(content().string(containsString("data-dealer-code=\"SZN-001\"")))
			.andExpect(content().string(not(containsString("data-dealer-code=\"BJ-001\""))));
		this.mvc.perform(get("/dealers").param("cityCode", "310100").param("status", "ACTIVE").with(as(HQ)))
			.andExpect(content().string(allOf(containsString("data-dealer-code=\"SH-002\""),
					not(containsString("data-dealer-code=\"HZ-001\"")))));
	}

	@Test
	void badInputComesBackWithAnErrorAtEachFieldAndWritesNothing() throws Exception {
		long before = dealerCount();
		this.mvc
			.perform(validDealer(post("/dealers"), "T-BAD", "phone", "12345", "cityCode", "440000", "nameEn", "",
					"hours[TUESDAY]", "18:00-09:00", "latitude", "north")
				.with(as(HQ))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"e-phone\"")))
			.andExpect(content().string(containsString("id=\"e-cityCode\"")))
			.andExpect(content().string(containsString("id=\"e-nameEn\"")))
			.andExpect(content().string(containsString("id=\"e-hours-TUESDAY\"")))
			.andExpect(content().string(containsString("id=\"e-latitude\"")))
			.andExpect(content().string(not(containsString("id=\"e-hours-MONDAY\""))))
			// What was typed stays in the form.
			.andExpect(content().string(containsString("value=\"12345\"")));
		assertThat(dealerCount()).isEqualTo(before);
	}

	@Test
	void theApisMessagesExplainTheFieldsInEnglish() throws Exception {
		this.mvc.perform(validDealer(post("/dealers?lang=en"), "T-BAD", "phone", "12345").with(as(HQ)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("&#39;12345&#39; is not a valid phone number")));
	}

	@Test
	void aNewDealerIsRegisteredAndShownOnItsPageWithAFlash() throws Exception {
		String code = uniqueCode();
		this.mvc.perform(validDealer(post("/dealers"), code).with(as(HQ)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/dealers/*"))
			.andExpect(flash().attributeExists("flash"));
		UUID id = dealerId(code);
		this.mvc.perform(get("/dealers/" + id + "?lang=en").with(as(HQ)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(code), containsString("Console Test Motors"),
					containsString("+862162345678"), containsString("Closed"))));
	}

	@Test
	void aTakenCodeIsReportedAtTheCodeField() throws Exception {
		long before = dealerCount();
		this.mvc.perform(validDealer(post("/dealers?lang=en"), "SH-001").with(as(HQ)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Another dealer already has this code.")));
		assertThat(dealerCount()).isEqualTo(before);
	}

	@Test
	void aConsultantGetsNoFormAndCannotRegister() throws Exception {
		ForecourtPrincipal consultant = consultantOf("SH-001");
		this.mvc.perform(get("/dealers").with(as(consultant)))
			.andExpect(content().string(not(containsString("id=\"new-dealer\""))));
		this.mvc.perform(get("/dealers/new").with(as(consultant))).andExpect(status().isForbidden());
		long before = dealerCount();
		this.mvc.perform(validDealer(post("/dealers"), uniqueCode()).with(as(consultant)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(dealerCount()).isEqualTo(before);
	}

	@Test
	void savingOverSomeoneElsesChangeExplainsTheConflict() throws Exception {
		String code = uniqueCode();
		this.mvc.perform(validDealer(post("/dealers"), code).with(as(HQ)).with(csrf()));
		UUID id = dealerId(code);
		// Two people opened version 0; the first one saves.
		this.mvc
			.perform(validDealer(post("/dealers/" + id), code, "version", "0", "status", "ACTIVE", "workshopBays", "7")
				.with(as(HQ))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(validDealer(post("/dealers/" + id + "?lang=en"), code, "version", "0", "status", "SUSPENDED")
				.with(as(HQ))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Someone else changed this record after you opened it")))
			.andExpect(content().string(containsString("/dealers/" + id + "/edit")));
		assertThat(this.jdbc.sql("SELECT status FROM dealers WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("ACTIVE");
	}

	@Test
	void aDealerOutsideTheScopeIsNotFound() throws Exception {
		this.mvc.perform(get("/dealers/" + dealerId("BJ-001")).with(as(consultantOf("SH-001"))))
			.andExpect(status().isNotFound());
	}

	/**
	 * A valid dealer form for {@code code}, with some fields replaced: name, value pairs.
	 */
	private MockHttpServletRequestBuilder validDealer(MockHttpServletRequestBuilder request, String code,
			String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("regionId", regionId("EAST").toString());
		fields.put("nameZh", "控制台测试店");
		fields.put("nameEn", "Console Test Motors");
		fields.put("address", "上海市黄浦区南京东路 1 号");
		fields.put("cityCode", "310100");
		fields.put("latitude", "31.23");
		fields.put("longitude", "121.47");
		fields.put("phone", "021 6234 5678");
		fields.put("brands", "Huaxia, Forecourt");
		fields.put("workshopBays", "6");
		fields.put("hours[MONDAY]", "09:00-18:00");
		fields.put("hours[TUESDAY]", "09:00-18:00");
		fields.put("hours[SUNDAY]", "");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		fields.forEach(request::param);
		return request;
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor as(ForecourtPrincipal principal) {
		return authentication(authenticated(principal));
	}

	static ForecourtPrincipal principal(Role role, AccessScope scope) {
		return new ForecourtPrincipal("test:" + role, "Tester", ForecourtPrincipal.Kind.USER, Set.of(role), scope,
				null);
	}

	ForecourtPrincipal consultantOf(String dealerCode) {
		return principal(Role.SALES_CONSULTANT, AccessScope.dealer(dealerId(dealerCode)));
	}

	UUID dealerId(String code) {
		return this.jdbc.sql("SELECT id FROM dealers WHERE code = ?").param(code).query(UUID.class).single();
	}

	UUID regionId(String code) {
		return this.jdbc.sql("SELECT id FROM regions WHERE code = ?").param(code).query(UUID.class).single();
	}

	private long dealerCount() {
		return this.jdbc.sql("SELECT count(*) FROM dealers").query(Long.class).single();
	}

	/** A fresh code that sorts after the demo dealers, so they keep their list page. */
	static String uniqueCode() {
		return "X-" + Long.toString(System.nanoTime(), 36).toUpperCase();
	}

}
