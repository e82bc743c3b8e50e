package io.forecourt.sales.catalog.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The brand website's configurator: no key, MSRPs only (never dealer prices), today's
 * price lists, and a rate limit per address. Each test comes from an address of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicConfiguratorApiTests {

	private static final String VALID = """
			{"modelCode": "E5", "trimCode": "E5-PERF", "exteriorColourCode": "AZURE-BLUE",
			 "interiorColourCode": "INT-BLACK", "packageCodes": ["PKG-ADAS"], "pricingDate": "2025-01-01"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).contentType(MediaType.APPLICATION_JSON);
	}

	@Test
	void theWebsiteSavesAndSharesAConfigurationWithoutDealerPrices() throws Exception {
		String location = this.mvc.perform(from("198.51.100.1", post("/api/v1/public/configurations")).content(VALID))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dealerPriceTotal").doesNotExist())
			.andExpect(jsonPath("$.lines[0].dealerPrice").doesNotExist())
			.andExpect(jsonPath("$.msrpTotal").value(262800.00))
			// always today's price lists, whatever the request says
			.andExpect(jsonPath("$.pricedOn").value(not("2025-01-01")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String code = location.substring(location.lastIndexOf('/') + 1);
		assertThat(this.jdbc.sql("SELECT channel FROM vehicle_configurations WHERE code = ?")
			.param(code)
			.query(String.class)
			.single()).isEqualTo("PUBLIC");
		this.mvc.perform(from("198.51.100.1", get("/api/v1/public/configurations/{code}", code)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.dealerPriceTotal").doesNotExist());
	}

	@Test
	void theWebsiteReadsTodaysOfferWithoutDealerPrices() throws Exception {
		this.mvc.perform(from("198.51.100.2", get("/api/v1/public/vehicle-catalog")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem("E5-LR")))
			.andExpect(jsonPath("$.items[?(@.code == 'E5-STD')].msrp").value(189800.00))
			.andExpect(jsonPath("$.items[0].dealerPrice").doesNotExist())
			.andExpect(jsonPath("$.rules[*].type", hasItem("INCLUDES")));
	}

	@Test
	void aCheckExplainsViolationsInChineseAndStoresNothing() throws Exception {
		long before = this.jdbc.sql("SELECT count(*) FROM vehicle_configurations").query(Long.class).single();
		this.mvc
			.perform(
					from("198.51.100.3", post("/api/v1/public/configuration-checks")).header("Accept-Language", "zh-CN")
						.content(VALID.replace("INT-BLACK", "INT-BEIGE").replace("AZURE-BLUE", "CINNABAR-RED")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.violations[0].message").value("朱砂红 (CINNABAR-RED)不能与米色内饰 (INT-BEIGE)同时选择。"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM vehicle_configurations").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void savingIsRateLimitedPerAddress() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(from("198.51.100.4", post("/api/v1/public/configurations")).content(VALID))
				.andExpect(status().isCreated());
		}
		this.mvc.perform(from("198.51.100.4", post("/api/v1/public/configurations")).content(VALID))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		this.mvc.perform(from("198.51.100.5", post("/api/v1/public/configurations")).content(VALID))
			.andExpect(status().isCreated());
	}

	@Test
	void staffEndpointsStayClosedWithoutAKey() throws Exception {
		this.mvc.perform(from("198.51.100.6", get("/api/v1/configurations/{code}", "ABCDEFGH")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(from("198.51.100.6", get("/api/v1/vehicle-prices"))).andExpect(status().isUnauthorized());
	}

}
