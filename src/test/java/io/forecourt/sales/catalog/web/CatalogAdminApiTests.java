package io.forecourt.sales.catalog.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.sales.catalog.VehicleCatalog;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HQ's catalog API: items with ETags, dated prices that never overwrite history, rules
 * that the next configuration obeys, audit, bad input refused with nothing written, and
 * that consultants only read. Tests build a model of their own so the demo catalog other
 * tests rely on stays as seeded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogAdminApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VehicleCatalog catalog;

	String hq;

	String consultant;

	@BeforeAll
	void keys() {
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		UUID dealer = DemoRecords.dealer(this.jdbc, "SH-001");
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT, AccessScope.dealer(dealer));
	}

	private MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return ApiKeysForTests.bearer(request, key).contentType(MediaType.APPLICATION_JSON);
	}

	private static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	/**
	 * A model with one priced trim (and a package) of the test's own, priced from today.
	 */
	private String[] ownModel() throws Exception {
		String model = unique("TM");
		String trim = model + "-BASE";
		String pkg = unique("PKG-T");
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-models")).content("""
				{"code": "%s", "nameZh": "测试车", "nameEn": "Test car", "powertrain": "PHEV", "bodyType": "SUV",
				 "sortOrder": 9000}
				""".formatted(model))).andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""));
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-trims")).content("""
				{"code": "%s", "modelCode": "%s", "nameZh": "基础版", "nameEn": "Base"}
				""".formatted(trim, model))).andExpect(status().isCreated());
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-options")).content("""
				{"code": "%s", "kind": "PACKAGE", "nameZh": "测试包", "nameEn": "Test package"}
				""".formatted(pkg))).andExpect(status().isCreated());
		addPrice(trim, today(), "100000", "90000");
		addPrice(pkg, today(), "5000", "4000");
		return new String[] { model, trim, pkg };
	}

	private void addPrice(String code, LocalDate from, String msrp, String dealer) throws Exception {
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-prices")).content("""
				{"itemCode": "%s", "validFrom": "%s", "msrp": %s, "dealerPrice": %s}
				""".formatted(code, from, msrp, dealer))).andExpect(status().isCreated());
	}

	private String configuration(String[] own, String packages) {
		return """
				{"modelCode": "%s", "trimCode": "%s", "exteriorColourCode": "PEARL-WHITE",
				 "interiorColourCode": "INT-BLACK", "packageCodes": [%s]}
				""".formatted(own[0], own[1], packages);
	}

	@Test
	void hqBuildsAModelThatCanBeConfiguredAndSiblingsCanAskAbout() throws Exception {
		String[] own = ownModel();
		this.mvc.perform(as(this.consultant, post("/api/v1/configurations")).content(configuration(own, "")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.msrpTotal").value(100000.00))
			.andExpect(jsonPath("$.newEnergy").value(true));
		assertThat(this.catalog.trim(own[1].toLowerCase())).hasValueSatisfying(trim -> {
			assertThat(trim.modelCode()).isEqualTo(own[0]);
			assertThat(trim.nameEn()).isEqualTo("Test car Base");
			assertThat(trim.powertrain().newEnergy()).isTrue();
		});
		assertThat(this.catalog.isTrimOf(own[1], own[0])).isTrue();
		assertThat(this.catalog.isTrimOf("E5-LR", own[0])).isFalse();
		assertThat(this.catalog.model("E5")).hasValueSatisfying(m -> assertThat(m.nameZh()).isEqualTo("华夏 E5"));
		assertThat(this.catalog.exteriorColourExists("CINNABAR-RED")).isTrue();
		assertThat(this.catalog.interiorColourExists("CINNABAR-RED")).isFalse();
		assertThat(this.catalog.trimsOf("E5")).extracting(e -> e.code()).containsExactly("E5-STD", "E5-LR", "E5-PERF");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_log WHERE resource_type = 'vehicle-catalog-item'"
					+ " AND resource_id IN (?, ?, ?)")
			.params(own[0], own[1], own[2])
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aChangeNeedsTheCurrentETag() throws Exception {
		String[] own = ownModel();
		String change = """
				{"nameZh": "测试车二代", "nameEn": "Test car II", "powertrain": "BEV", "bodyType": "SUV", "sortOrder": 9000}
				""";
		this.mvc.perform(as(this.hq, put("/api/v1/vehicle-models/{code}", own[0])).content(change))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(as(this.hq, put("/api/v1/vehicle-models/{code}", own[0])).header("If-Match", "\"0\"")
				.content(change))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc
			.perform(as(this.hq, put("/api/v1/vehicle-models/{code}", own[0])).header("If-Match", "\"0\"")
				.content(change))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(as(this.consultant, get("/api/v1/vehicle-models/{code}", own[0])))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameEn").value("Test car II"))
			.andExpect(jsonPath("$.powertrain").value("BEV"));
	}

	@Test
	void aPriceChangeIsANewRowAndEarlierPricesStay() throws Exception {
		String[] own = ownModel();
		LocalDate nextMonth = today().plusMonths(1);
		addPrice(own[1], nextMonth, "95000", "86000");
		this.mvc.perform(as(this.consultant, get("/api/v1/vehicle-prices")).param("itemCode", own[1]))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].msrp").value(containsInAnyOrder(100000.00, 95000.00)));
		String onDay = configuration(own, "").replace("}", ", \"pricingDate\": \"%s\"}");
		this.mvc
			.perform(as(this.consultant, post("/api/v1/configurations"))
				.content(onDay.formatted(nextMonth.minusDays(1))))
			.andExpect(jsonPath("$.msrpTotal").value(100000.00));
		this.mvc.perform(as(this.consultant, post("/api/v1/configurations")).content(onDay.formatted(nextMonth)))
			.andExpect(jsonPath("$.msrpTotal").value(95000.00));
		// a second row for the same day would overwrite what that day costs
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-prices")).content("""
				{"itemCode": "%s", "validFrom": "%s", "msrp": 1, "dealerPrice": 1}
				""".formatted(own[1], nextMonth))).andExpect(status().isConflict());
	}

	@Test
	void badPricesAreRefusedNamingEveryFieldAndWriteNothing() throws Exception {
		long prices = count("catalog_prices");
		long audit = count("audit_log");
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-prices")).content("""
				{"itemCode": "E5-LR", "validFrom": "2020-01-01", "validUntil": "2019-01-01",
				 "msrp": 100.001, "dealerPrice": -1}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("validFrom", "validUntil", "msrp", "dealerPrice")));
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-prices")).content("""
				{"itemCode": "E5", "validFrom": "%s", "msrp": 100, "dealerPrice": 200}
				""".formatted(today())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("itemCode", "dealerPrice")));
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-prices")).content("""
				{"itemCode": "NOPE", "validFrom": "%s", "msrp": 100, "dealerPrice": 50}
				""".formatted(today()))).andExpect(status().isNotFound());
		assertThat(count("catalog_prices")).isEqualTo(prices);
		assertThat(count("audit_log")).isEqualTo(audit);
	}

	@Test
	void badItemsAndRulesAreRefusedAndWriteNothing() throws Exception {
		long items = count("catalog_items");
		long rules = count("catalog_rules");
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-models")).content("""
				{"code": "bad code!", "nameZh": "", "nameEn": "X", "powertrain": "STEAM"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("code", "nameZh", "powertrain", "bodyType")));
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-models")).content("""
				{"code": "E5", "nameZh": "重复", "nameEn": "Duplicate", "powertrain": "BEV", "bodyType": "SUV"}
				""")).andExpect(status().isConflict());
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-trims")).content("""
				{"code": "X1-BASE", "modelCode": "PKG-ADAS", "nameZh": "基础", "nameEn": "Base"}
				""")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("modelCode"));
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-rules")).content("""
				{"type": "INCLUDES", "subjectCode": "ACC-WALLBOX", "objectCode": "E5-LR"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("subjectCode", "objectCode")));
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-rules")).content("""
				{"type": "EXCLUDES", "subjectCode": "INT-BEIGE", "objectCode": "CINNABAR-RED"}
				""")).andExpect(status().isConflict());
		this.mvc.perform(as(this.hq, post("/api/v1/vehicle-rules")).content("""
				{"type": "SOMETIMES", "subjectCode": "NOPE", "objectCode": "PKG-ADAS"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("type", "subjectCode")));
		assertThat(count("catalog_items")).isEqualTo(items);
		assertThat(count("catalog_rules")).isEqualTo(rules);
	}

	@Test
	void aNewRuleBindsTheNextConfigurationAndRemovingItFreesIt() throws Exception {
		String[] own = ownModel();
		String location = this.mvc.perform(as(this.hq, post("/api/v1/vehicle-rules")).content("""
				{"type": "REQUIRES", "subjectCode": "%s", "objectCode": "PKG-WINTER"}
				""".formatted(own[2]))).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		this.mvc
			.perform(as(this.consultant, post("/api/v1/configurations"))
				.content(configuration(own, "\"" + own[2] + "\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("REQUIRES"))
			.andExpect(jsonPath("$.violations[0].ruleId").isNumber());
		this.mvc.perform(as(this.hq, delete(location))).andExpect(status().isNoContent());
		this.mvc
			.perform(as(this.consultant, post("/api/v1/configurations"))
				.content(configuration(own, "\"" + own[2] + "\"")))
			.andExpect(status().isCreated());
		assertThat(
				this.jdbc.sql("SELECT action FROM audit_log WHERE resource_type = 'vehicle-rule' AND resource_id = ?")
					.param(location.substring(location.lastIndexOf('/') + 1))
					.query(String.class)
					.list())
			.containsExactlyInAnyOrder("CREATE", "DELETE");
	}

	@Test
	void aDiscontinuedChoiceIsRefused() throws Exception {
		String[] own = ownModel();
		this.mvc
			.perform(as(this.hq, put("/api/v1/vehicle-options/{code}", own[2])).header("If-Match", "\"0\"").content("""
					{"nameZh": "测试包", "nameEn": "Test package", "active": false}
					"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		this.mvc
			.perform(as(this.consultant, post("/api/v1/configurations"))
				.content(configuration(own, "\"" + own[2] + "\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("DISCONTINUED"));
	}

	@Test
	void consultantsReadTheCatalogButCannotChangeIt() throws Exception {
		long items = count("catalog_items");
		this.mvc.perform(as(this.consultant, get("/api/v1/vehicle-models")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("E5")));
		this.mvc.perform(as(this.consultant, get("/api/v1/vehicle-trims")).param("model", "m9"))
			.andExpect(jsonPath("$[*].code").value(containsInAnyOrder("M9-BUSINESS", "M9-FLAGSHIP")));
		this.mvc.perform(as(this.consultant, get("/api/v1/vehicle-options")).param("kind", "INTERIOR_COLOUR"))
			.andExpect(jsonPath("$[*].code").value(containsInAnyOrder("INT-BLACK", "INT-BEIGE")));
		this.mvc.perform(as(this.consultant, get("/api/v1/vehicle-rules")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].type", hasItem("ONLY_WITH_TRIM")));
		this.mvc.perform(as(this.consultant, post("/api/v1/vehicle-models")).content("""
				{"code": "%s", "nameZh": "车", "nameEn": "Car", "powertrain": "BEV", "bodyType": "SUV"}
				""".formatted(unique("NO")))).andExpect(status().isForbidden());
		this.mvc.perform(as(this.consultant, post("/api/v1/vehicle-prices")).content("""
				{"itemCode": "E5-LR", "validFrom": "%s", "msrp": 1, "dealerPrice": 1}
				""".formatted(today().plusYears(1)))).andExpect(status().isForbidden());
		this.mvc.perform(as(this.consultant, delete("/api/v1/vehicle-rules/{id}", 1)))
			.andExpect(status().isForbidden());
		assertThat(count("catalog_items")).isEqualTo(items);
	}

}
