package io.forecourt.sales.catalog.web;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.support.ConsoleWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.forecourt.support.TestPrincipals.CONSULTANT;
import static io.forecourt.support.TestPrincipals.HQ;
import static io.forecourt.support.TestPrincipals.authenticated;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The configure screen (live price and violations as htmx fragments, saving for a code,
 * opening a code) and HQ's catalog administration (prices, rules), in both languages.
 */
@ConsoleWebTest
class CatalogConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static RequestPostProcessor as(ForecourtPrincipal principal) {
		return authentication(authenticated(principal));
	}

	@Test
	void aFreshConfigureScreenShowsAPricedCarAndTheMenuEntries() throws Exception {
		// other tests add models of their own, listed after the demo's
		this.mvc.perform(get("/sales/configurator").with(as(CONSULTANT)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"configurator-form\""),
					containsString("id=\"configurator-price\""), containsString("Huaxia E5 Standard Range"),
					containsString("189,800.00"), containsString("href=\"/sales/configurator\""),
					not(containsString("href=\"/sales/catalog\"")))));
		this.mvc.perform(get("/sales/configurator").with(as(CONSULTANT)).param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("配置车辆"), containsString("华夏 E5 标准续航版"))));
	}

	@Test
	void aChangeReturnsTheFragmentWithEveryViolation() throws Exception {
		this.mvc
			.perform(get("/sales/configurator").with(as(CONSULTANT))
				.header("HX-Request", "true")
				.param("lang", "en")
				.param("model", "E5")
				.param("trim", "E5-STD")
				.param("exterior", "CINNABAR-RED")
				.param("interior", "INT-BEIGE")
				.param("packages", "PKG-LUXURY"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("configurator-violations"),
					containsString("data-rule=\"EXCLUDES\""), containsString("data-rule=\"ONLY_WITH_TRIM\""),
					not(containsString("id=\"configurator-price\"")))));
	}

	@Test
	void choosingAnotherModelOffersItsTrims() throws Exception {
		this.mvc
			.perform(get("/sales/configurator").with(as(CONSULTANT))
				.header("HX-Request", "true")
				.param("lang", "en")
				.param("model", "M9")
				.param("trim", "E5-LR"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"M9-BUSINESS\""),
					not(containsString("value=\"E5-LR\"")), containsString("Huaxia M9 Business"))));
	}

	@Test
	void savingGivesACodeThatOpensThePricedConfiguration() throws Exception {
		String location = this.mvc
			.perform(post("/sales/configurator").with(as(CONSULTANT))
				.with(csrf())
				.param("model", "E5")
				.param("trim", "E5-PERF")
				.param("exterior", "PEARL-WHITE")
				.param("interior", "INT-BLACK")
				.param("packages", "PKG-ADAS")
				.param("accessories", "ACC-ROOF-RACK"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String code = location.substring("/sales/configurator/".length());
		assertThat(code).matches("[2-9A-Z]{8}");
		assertThat(this.jdbc.sql("SELECT channel FROM vehicle_configurations WHERE code = ?")
			.param(code)
			.query(String.class)
			.single()).isEqualTo("CONSOLE");
		this.mvc.perform(get(location).with(as(CONSULTANT)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString(code), containsString("included in E5-PERF"), containsString("262,300.00"))));
		this.mvc.perform(get("/sales/configurator/lookup").with(as(CONSULTANT)).param("code", code.toLowerCase()))
			.andExpect(header().string("Location", location));
	}

	@Test
	void savingABrokenConfigurationStoresNothingAndShowsWhy() throws Exception {
		long before = this.jdbc.sql("SELECT count(*) FROM vehicle_configurations").query(Long.class).single();
		this.mvc
			.perform(post("/sales/configurator").with(as(CONSULTANT))
				.with(csrf())
				.param("lang", "en")
				.param("model", "S7")
				.param("trim", "S7-COMFORT")
				.param("exterior", "PEARL-WHITE")
				.param("interior", "INT-BLACK")
				.param("accessories", "ACC-WALLBOX"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Home Wallbox (ACC-WALLBOX) is only available with")));
		assertThat(this.jdbc.sql("SELECT count(*) FROM vehicle_configurations").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void hqSeesTheCatalogWithPricesAndRules() throws Exception {
		this.mvc.perform(get("/sales/catalog").with(as(HQ)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"catalog-models\""), containsString("E5-STD"),
					containsString("189,800.00"), containsString("id=\"catalog-rules\""),
					containsString("only with trim or model"), containsString("id=\"price-form\""))));
		this.mvc.perform(get("/sales/catalog/items/E5-STD").with(as(HQ)).param("lang", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("价格历史"), containsString("199,800.00"), containsString("189,800.00"))));
	}

	@Test
	void aConsultantCannotOpenOrChangeTheCatalog() throws Exception {
		this.mvc.perform(get("/sales/catalog").with(as(CONSULTANT))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/sales/catalog/rules").with(as(CONSULTANT))
				.with(csrf())
				.param("type", "EXCLUDES")
				.param("subjectCode", "PKG-WINTER")
				.param("objectCode", "PKG-SOUND"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT count(*) FROM catalog_rules WHERE subject_code = 'PKG-WINTER'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void hqAddsAndRemovesARuleAndARefusedPriceWritesNothing() throws Exception {
		this.mvc
			.perform(post("/sales/catalog/rules").with(as(HQ))
				.with(csrf())
				.param("type", "REQUIRES")
				.param("subjectCode", "ACC-FLOOR-MATS")
				.param("objectCode", "ACC-ROOF-RACK"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc
			.sql("SELECT id FROM catalog_rules WHERE subject_code = 'ACC-FLOOR-MATS' AND object_code = 'ACC-ROOF-RACK'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/sales/catalog/rules/{id}/delete", id).with(as(HQ)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM catalog_rules WHERE id = ?").param(id).query(Long.class).single())
			.isZero();
		long prices = this.jdbc.sql("SELECT count(*) FROM catalog_prices").query(Long.class).single();
		this.mvc
			.perform(post("/sales/catalog/prices").with(as(HQ))
				.with(csrf())
				.param("lang", "en")
				.param("itemCode", "ACC-ROOF-RACK")
				.param("validFrom", "2020-01-01")
				.param("msrp", "100")
				.param("dealerPrice", "200"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Nothing was changed"), containsString("validFrom"),
					containsString("dealerPrice"))));
		assertThat(this.jdbc.sql("SELECT count(*) FROM catalog_prices").query(Long.class).single()).isEqualTo(prices);
	}

}
