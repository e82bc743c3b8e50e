package io.forecourt.sales.finance.web;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cost tables on the embedded default (H2 in PostgreSQL mode): the rest of the suite
 * runs on PostgreSQL; this keeps the seed migration, the date lookups, the table lock and
 * the versioned updates portable.
 */
@SpringBootTest(properties = { "forecourt.test.database=as-configured",
		"spring.datasource.url=jdbc:h2:mem:sales-finance;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=" })
@AutoConfigureMockMvc
class QuoteCostsOnH2Tests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTablesWorkOnH2() throws Exception {
		assertThat(this.jdbc.sql("SELECT H2VERSION()").query(String.class).single()).isNotBlank();
		String hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		this.mvc.perform(as(hq, post("/api/v1/purchase-tax-calculations")).content("""
				{"invoicePrice": 400000, "powertrain": "BEV", "purchaseDate": "2026-01-01"}
				""")).andExpect(status().isOk()).andExpect(jsonPath("$.tax").value(20398.23));
		String location = this.mvc.perform(as(hq, post("/api/v1/registration-fees")).content("""
				{"cityCode": "210100", "amount": 620, "description": "Shenyang", "validFrom": "2026-01-01"}
				""")).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		this.mvc.perform(as(hq, put(location)).header("If-Match", "\"0\"").content("""
				{"cityCode": "210100", "amount": 640, "description": "Shenyang", "validFrom": "2026-01-01",
				 "validTo": "2026-12-31"}
				""")).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
		this.mvc.perform(as(hq, post("/api/v1/registration-fees")).content("""
				{"cityCode": "210100", "amount": 660, "description": "overlap", "validFrom": "2026-12-31"}
				""")).andExpect(status().isBadRequest());
		this.mvc.perform(as(hq, post("/api/v1/finance-calculations")).content("""
				{"vehiclePrice": 100000, "termMonths": 12, "annualRatePercent": 3, "method": "EQUAL_PRINCIPAL"}
				""")).andExpect(status().isOk()).andExpect(jsonPath("$.totals.principal").value(100000.00));
	}

	private static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return ApiKeysForTests.bearer(request, key).contentType(MediaType.APPLICATION_JSON);
	}

}
