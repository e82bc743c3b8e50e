package io.forecourt.sales.catalog.web;

import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.sales.Configurations;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The configurator over the API against the demo catalog: every rule type satisfied and
 * broken, all violations at once in the caller's language, pricing by validity period,
 * included-in lines at zero, share codes, bad input and who may configure.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfigurationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Configurations configurations;

	String consultant;

	String regionManager;

	@BeforeAll
	void keys() {
		UUID dealer = DemoRecords.dealer(this.jdbc, "SH-001");
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(dealer));
		UUID region = this.jdbc.sql("SELECT region_id FROM dealers WHERE id = ?")
			.param(dealer)
			.query(UUID.class)
			.single();
		this.regionManager = ApiKeysForTests.issue(this.accounts, Role.REGION_MANAGER, AccessScope.region(region));
	}

	private MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return ApiKeysForTests.bearer(request, key).contentType(MediaType.APPLICATION_JSON);
	}

	private ResultActions configure(String json) throws Exception {
		return this.mvc.perform(as(this.consultant, post("/api/v1/configurations")).content(json));
	}

	private static String choices(String model, String trim, String exterior, String interior, String packages,
			String accessories, String date) {
		return """
				{"modelCode": "%s", "trimCode": "%s", "exteriorColourCode": "%s", "interiorColourCode": "%s",
				 "packageCodes": [%s], "accessoryCodes": [%s], "pricingDate": "%s"}
				""".formatted(model, trim, exterior, interior, packages, accessories, date);
	}

	private long configurationCount() {
		return this.jdbc.sql("SELECT count(*) FROM vehicle_configurations").query(Long.class).single();
	}

	@Test
	void aValidConfigurationIsPricedStoredAndFoundByItsCode() throws Exception {
		String location = configure(
				choices("E5", "E5-LR", "AZURE-BLUE", "INT-BLACK", "\"PKG-WINTER\"", "\"ACC-WALLBOX\"", "2026-10-01"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(matchesPattern("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}")))
			.andExpect(jsonPath("$.nameZh").value("华夏 E5 长续航版"))
			.andExpect(jsonPath("$.powertrain").value("BEV"))
			.andExpect(jsonPath("$.newEnergy").value(true))
			.andExpect(jsonPath("$.lines[*].code")
				.value(org.hamcrest.Matchers.contains("E5-LR", "AZURE-BLUE", "INT-BLACK", "PKG-WINTER", "ACC-WALLBOX")))
			.andExpect(jsonPath("$.lines[0].kind").value("TRIM"))
			.andExpect(jsonPath("$.msrpTotal").value(231599.00))
			.andExpect(jsonPath("$.dealerPriceTotal").value(215300.00))
			.andExpect(jsonPath("$.pricedOn").value("2026-10-01"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String code = location.substring(location.lastIndexOf('/') + 1);
		this.mvc.perform(as(this.regionManager, get("/api/v1/configurations/{code}", code.toLowerCase())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.lines", hasSize(5)))
			.andExpect(jsonPath("$.msrpTotal").value(231599.00));
		assertThat(this.configurations.find(code.substring(0, 4) + "-" + code.substring(4).toLowerCase()))
			.hasValueSatisfying(c -> {
				assertThat(c.trimCode()).isEqualTo("E5-LR");
				assertThat(c.msrpTotal()).isEqualByComparingTo("231599");
				assertThat(c.lines()).hasSize(5);
			});
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_log WHERE resource_type = 'vehicle-configuration'"
					+ " AND resource_id = ?")
			.param(code)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aTrimThatIncludesAPackageChargesNothingForItEvenWhenChosen() throws Exception {
		configure(choices("E5", "E5-PERF", "PEARL-WHITE", "INT-BLACK", "\"PKG-ADAS\"", "", "2026-10-01"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[?(@.code == 'PKG-ADAS')].msrp").value(0.0))
			.andExpect(jsonPath("$.lines[?(@.code == 'PKG-ADAS')].dealerPrice").value(0.0))
			.andExpect(jsonPath("$.lines[?(@.code == 'PKG-ADAS')].includedIn").value("E5-PERF"))
			.andExpect(jsonPath("$.msrpTotal").value(259800.00));
	}

	@Test
	void whatATrimOrPackageIncludesIsAddedAtZeroTransitively() throws Exception {
		// M9-FLAGSHIP includes PKG-ADAS and the floor mats without choosing them
		configure(choices("M9", "M9-FLAGSHIP", "OBSIDIAN-BLACK", "INT-BEIGE", "\"PKG-LUXURY\"", "", "2026-10-01"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[*].code").value(containsInAnyOrder("M9-FLAGSHIP", "OBSIDIAN-BLACK",
					"INT-BEIGE", "PKG-LUXURY", "PKG-ADAS", "PKG-SOUND", "ACC-FLOOR-MATS")))
			.andExpect(jsonPath("$.lines[?(@.code == 'ACC-FLOOR-MATS')].includedIn").value("M9-FLAGSHIP"))
			// a package includes an option: PKG-LUXURY brings PKG-SOUND
			.andExpect(jsonPath("$.lines[?(@.code == 'PKG-SOUND')].includedIn").value("PKG-LUXURY"))
			.andExpect(jsonPath("$.lines[?(@.code == 'PKG-SOUND')].msrp").value(0.0))
			// 389,800 + 3,000 + 2,000 + 12,000
			.andExpect(jsonPath("$.msrpTotal").value(406800.00));
	}

	@Test
	void everyBrokenRuleIsExplainedAtOnceAndNothingIsStored() throws Exception {
		long before = configurationCount();
		configure(choices("S7", "S7-COMFORT", "PEARL-WHITE", "INT-BLACK", "\"PKG-LUXURY\"",
				"\"ACC-WALLBOX\", \"ACC-ROOF-RACK\"", "2026-10-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/invalid-configuration"))
			.andExpect(jsonPath("$.violations", hasSize(4)))
			.andExpect(jsonPath("$.violations[*].rule")
				.value(containsInAnyOrder("REQUIRES", "EXCLUDES", "ONLY_WITH_TRIM", "ONLY_WITH_TRIM")))
			.andExpect(jsonPath("$.violations[?(@.rule == 'REQUIRES')].choices[*]")
				.value(containsInAnyOrder("PKG-LUXURY", "INT-BEIGE")))
			.andExpect(jsonPath("$.violations[?(@.rule == 'EXCLUDES')].choices[*]")
				.value(containsInAnyOrder("ACC-ROOF-RACK", "S7-COMFORT")))
			.andExpect(jsonPath("$.violations[?(@.rule == 'ONLY_WITH_TRIM')].choices[0]")
				.value(containsInAnyOrder("PKG-LUXURY", "ACC-WALLBOX")))
			.andExpect(jsonPath("$.violations[?(@.rule == 'REQUIRES')].message")
				.value("Luxury Cabin Package (PKG-LUXURY) requires Beige interior (INT-BEIGE)."));
		assertThat(configurationCount()).isEqualTo(before);
	}

	@Test
	void theSameRulesHoldWhenTheyAreSatisfied() throws Exception {
		// PKG-LUXURY on an allowed trim with beige; the wallbox on a model that takes it;
		// the roof rack on a trim it does not exclude
		configure(choices("S7", "S7-LUXURY", "PEARL-WHITE", "INT-BEIGE", "\"PKG-LUXURY\"", "\"ACC-ROOF-RACK\"",
				"2026-10-01"))
			.andExpect(status().isCreated());
		configure(choices("M9", "M9-BUSINESS", "PEARL-WHITE", "INT-BLACK", "", "\"ACC-WALLBOX\"", "2026-10-01"))
			.andExpect(status().isCreated());
	}

	@Test
	void violationsSpeakTheLanguageOfTheRequest() throws Exception {
		this.mvc
			.perform(as(this.consultant, post("/api/v1/configurations")).header("Accept-Language", "zh-CN")
				.content(choices("E5", "E5-LR", "CINNABAR-RED", "INT-BEIGE", "", "", "2026-10-01")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations", hasSize(1)))
			.andExpect(jsonPath("$.violations[0].rule").value("EXCLUDES"))
			.andExpect(jsonPath("$.violations[0].choices[*]").value(containsInAnyOrder("CINNABAR-RED", "INT-BEIGE")))
			.andExpect(jsonPath("$.violations[0].message").value("朱砂红 (CINNABAR-RED)不能与米色内饰 (INT-BEIGE)同时选择。"));
	}

	@Test
	void aTrimOfAnotherModelIsRefused() throws Exception {
		configure(choices("S7", "E5-LR", "PEARL-WHITE", "INT-BLACK", "", "", "2026-10-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("TRIM_OF_OTHER_MODEL"))
			.andExpect(jsonPath("$.violations[0].message", containsString("Huaxia E5")));
	}

	@Test
	void thePriceListOfThePricingDayApplies() throws Exception {
		// the E5 Standard Range was cut from 199,800 to 189,800 on 2026-09-01
		configure(choices("E5", "E5-STD", "PEARL-WHITE", "INT-BLACK", "", "", "2026-08-31"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[0].msrp").value(199800.00))
			.andExpect(jsonPath("$.msrpTotal").value(199800.00));
		configure(choices("E5", "E5-STD", "PEARL-WHITE", "INT-BLACK", "", "", "2026-09-01"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[0].msrp").value(189800.00))
			.andExpect(jsonPath("$.lines[0].dealerPrice").value(177500.00));
	}

	@Test
	void aLimitedTimePriceLiesOverTheListPriceUntilItEnds() throws Exception {
		String winter = choices("E5", "E5-LR", "PEARL-WHITE", "INT-BLACK", "\"PKG-WINTER\"", "", "%s");
		configure(winter.formatted("2027-02-28")).andExpect(jsonPath("$.lines[3].msrp").value(3800.00));
		configure(winter.formatted("2027-03-01")).andExpect(jsonPath("$.lines[3].msrp").value(4800.00));
	}

	@Test
	void withoutAValidPriceTheConfigurationIsRefusedWithTheReason() throws Exception {
		long before = configurationCount();
		configure(choices("E5", "E5-LR", "PEARL-WHITE", "INT-BLACK", "", "", "2024-12-31"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations", hasSize(3)))
			.andExpect(jsonPath("$.violations[*].rule").value(containsInAnyOrder("NO_PRICE", "NO_PRICE", "NO_PRICE")))
			.andExpect(
					jsonPath("$.violations[0].message").value("Long Range (E5-LR) has no price valid on 2024-12-31."));
		assertThat(configurationCount()).isEqualTo(before);
	}

	@Test
	void unknownCodesAndCodesOfTheWrongKindAreBadInputNamedField() throws Exception {
		long before = configurationCount();
		configure("""
				{"modelCode": "E5", "exteriorColourCode": "INT-BLACK", "interiorColourCode": "INT-BLACK",
				 "packageCodes": ["PKG-NOPE", "PKG-ADAS", "PKG-ADAS"], "accessoryCodes": []}
				""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("trimCode", "exteriorColourCode", "packageCodes[0]", "packageCodes[2]")));
		configure("{\"modelCode\": \"E5\", \"shoeSize\": 42}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/unknown-field"));
		configure("{\"modelCode\": \"E5\", \"pricingDate\": \"yesterday\"}").andExpect(status().isBadRequest());
		assertThat(configurationCount()).isEqualTo(before);
	}

	@Test
	void aCheckPricesWithoutStoring() throws Exception {
		long before = configurationCount();
		this.mvc
			.perform(as(this.regionManager, post("/api/v1/configuration-checks"))
				.content(choices("E5", "E5-STD", "PEARL-WHITE", "INT-BLACK", "\"PKG-LUXURY\"", "", "2026-10-01")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.violations", hasSize(2)));
		this.mvc
			.perform(as(this.regionManager, post("/api/v1/configuration-checks"))
				.content(choices("E5", "E5-STD", "PEARL-WHITE", "INT-BLACK", "", "", "2026-10-01")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.configuration.code").doesNotExist())
			.andExpect(jsonPath("$.configuration.msrpTotal").value(189800.00));
		assertThat(configurationCount()).isEqualTo(before);
	}

	@Test
	void readersCanLookUpButNotConfigure() throws Exception {
		this.mvc
			.perform(as(this.regionManager, post("/api/v1/configurations"))
				.content(choices("E5", "E5-STD", "PEARL-WHITE", "INT-BLACK", "", "", "2026-10-01")))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(this.regionManager, get("/api/v1/configurations/{code}", "ZZZZZZZZ")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/configurations").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theLocationNamesTheStoredConfiguration() throws Exception {
		configure(choices("S7", "S7-COMFORT", "PEARL-WHITE", "INT-BLACK", "", "", "2026-10-01"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/configurations/[2-9A-Z]{8}")));
	}

}
