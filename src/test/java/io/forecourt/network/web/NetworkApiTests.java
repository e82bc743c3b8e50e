package io.forecourt.network.web;

import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.network.domain.DealerAdministration;
import io.forecourt.network.domain.DealerSearch;
import io.forecourt.support.ApiKeysForTests;
import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dealer network API: validation, problems, ETags, paging and masking. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	DealerAdministration dealers;

	@Autowired
	JdbcClient jdbc;

	String hq;

	String consultant;

	UUID eastRegion;

	UUID shanghai;

	@BeforeAll
	void keys() {
		this.hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		var dealer = CurrentAccess.asSystem(() -> this.dealers
			.search(new DealerSearch("SH-001", null, null, null), new io.forecourt.kernel.web.PageRequest(0, 1))
			.items()
			.get(0));
		this.shanghai = dealer.id();
		this.eastRegion = dealer.regionId();
		this.consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT,
				AccessScope.dealer(this.shanghai));
	}

	private MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return ApiKeysForTests.bearer(request, key);
	}

	private String dealerJson(String code, String phone, String cityCode) {
		return """
				{"code": "%s", "regionId": "%s", "nameZh": "测试店", "nameEn": "Test Dealer",
				 "address": "上海市黄浦区南京东路 1 号", "cityCode": "%s", "latitude": 31.23, "longitude": 121.47,
				 "phone": "%s", "openingHours": {"MONDAY": "09:00-18:00", "SUNDAY": "10:00-17:00"},
				 "brands": ["Huaxia"], "workshopBays": 6}
				""".formatted(code, this.eastRegion, cityCode, phone);
	}

	private long dealerCount() {
		return this.jdbc.sql("SELECT count(*) FROM dealers").query(Long.class).single();
	}

	private String uniqueCode() {
		return "T-" + Long.toString(System.nanoTime(), 36).toUpperCase();
	}

	@Test
	void creatingADealerAnswers201WithLocationAndETagAndNormalisesThePhone() throws Exception {
		String code = uniqueCode();
		MvcResult created = this.mvc
			.perform(as(this.hq, post("/api/v1/dealers")).contentType(MediaType.APPLICATION_JSON)
				.content(dealerJson(code, "021 6234-5678", "310100")))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(header().string("Location", startsWith("http://localhost/api/v1/dealers/")))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.phone").value("+862162345678"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.openingHours.MONDAY").value("09:00-18:00"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		this.mvc.perform(as(this.hq, get(location)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code));
	}

	@Test
	void anInvalidDealerNamesEveryBadFieldAndWritesNothing() throws Exception {
		long before = dealerCount();
		this.mvc
			.perform(as(this.hq, post("/api/v1/dealers")).contentType(MediaType.APPLICATION_JSON)
				.content(dealerJson("x", "12345", "440000")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("code")));
		this.mvc
			.perform(as(this.hq, post("/api/v1/dealers")).contentType(MediaType.APPLICATION_JSON)
				.content(dealerJson(uniqueCode(), "12345", "440000")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("cityCode", "phone")));
		assertThat(dealerCount()).isEqualTo(before);
	}

	@Test
	void unknownFieldsAreRejectedNotIgnored() throws Exception {
		long before = dealerCount();
		String body = dealerJson(uniqueCode(), "021-62345678", "310100").replace("\"workshopBays\": 6",
				"\"workshopBays\": 6, \"status\": \"SUSPENDED\"");
		this.mvc.perform(as(this.hq, post("/api/v1/dealers")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/unknown-field"))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		assertThat(dealerCount()).isEqualTo(before);
	}

	@Test
	void malformedJsonIsAProblemToo() throws Exception {
		this.mvc.perform(as(this.hq, post("/api/v1/dealers")).contentType(MediaType.APPLICATION_JSON).content("{"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/malformed-request"));
	}

	@Test
	void aTakenCodeIsAConflict() throws Exception {
		this.mvc
			.perform(as(this.hq, post("/api/v1/dealers")).contentType(MediaType.APPLICATION_JSON)
				.content(dealerJson("SH-001", "021-62345678", "310100")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/duplicate"));
	}

	@Test
	void updatesNeedTheCurrentETag() throws Exception {
		MvcResult created = this.mvc
			.perform(as(this.hq, post("/api/v1/dealers")).contentType(MediaType.APPLICATION_JSON)
				.content(dealerJson(uniqueCode(), "021-62345678", "310100")))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		String update = dealerJson("unused", "021-62345678", "310100").replace("\"code\": \"unused\", ", "")
			.replace("\"workshopBays\": 6", "\"workshopBays\": 9, \"status\": \"SUSPENDED\"");

		this.mvc.perform(as(this.hq, put(location)).contentType(MediaType.APPLICATION_JSON).content(update))
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/precondition-required"));
		this.mvc
			.perform(as(this.hq, put(location)).header("If-Match", "\"7\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(update))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(as(this.hq, put(location)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(update))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.workshopBays").value(9))
			.andExpect(jsonPath("$.status").value("SUSPENDED"));
		this.mvc
			.perform(as(this.hq, put(location)).header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(update))
			.andExpect(status().isPreconditionFailed());
		this.mvc.perform(as(this.hq, get(location)).header("If-None-Match", "\"1\""))
			.andExpect(status().isNotModified());
	}

	@Test
	void pagesHaveAHardMaximumSize() throws Exception {
		this.mvc.perform(as(this.hq, get("/api/v1/dealers").param("size", "101")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.mvc.perform(as(this.hq, get("/api/v1/dealers").param("size", "5").param("page", "1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.page").value(1));
	}

	@Test
	void dealersAreFoundByTextAndCity() throws Exception {
		this.mvc.perform(as(this.hq, get("/api/v1/dealers").param("q", "hongqiao")))
			.andExpect(jsonPath("$.items[0].code").value("SH-001"));
		this.mvc.perform(as(this.hq, get("/api/v1/dealers").param("cityCode", "440300")))
			.andExpect(jsonPath("$.items[*].code", containsInAnyOrder("SZN-001")));
		this.mvc.perform(as(this.hq, get("/api/v1/dealers").param("q", "%")))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void staffPhonesAreMaskedWithoutThePersonalDataPermissionAndAuditedWithIt() throws Exception {
		MvcResult asConsultant = this.mvc
			.perform(as(this.consultant, get("/api/v1/staff").param("dealerId", this.shanghai.toString())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].masked").value(true))
			.andReturn();
		String maskedPhone = JsonPath.read(asConsultant.getResponse().getContentAsString(), "$.items[0].phone");
		assertThat(maskedPhone).matches("\\d{3}\\*{4}\\d{4}");

		String staffId = JsonPath.read(asConsultant.getResponse().getContentAsString(), "$.items[0].id");
		this.mvc.perform(as(this.hq, get("/api/v1/staff/" + staffId)))
			.andExpect(jsonPath("$.masked").value(false))
			.andExpect(jsonPath("$.phone").value(startsWith("+861")));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_log WHERE action = 'VIEW_PERSONAL_DATA' AND resource_type = 'staff'"
					+ " AND resource_id = ?")
			.param(staffId)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void badPathsParametersAndMethodsAreProblemsToo() throws Exception {
		this.mvc.perform(as(this.hq, get("/api/v1/dealers/not-a-uuid")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		this.mvc.perform(as(this.hq, get("/api/v1/dealers").param("status", "OPEN")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc.perform(as(this.hq, get("/api/v1/dealers/" + UUID.randomUUID())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/not-found"));
		this.mvc.perform(as(this.hq, post("/api/v1/dealers")).contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/unsupported-media-type"));
	}

	@Test
	void validationMessagesAreEnglishUnlessTheClientAsksForChinese() throws Exception {
		this.mvc.perform(as(this.hq, post("/api/v1/regions")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'nameZh')].message").value(hasItem("must not be blank")));
		this.mvc
			.perform(as(this.hq, post("/api/v1/regions")).header("Accept-Language", "zh-CN")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(jsonPath("$.errors[?(@.field == 'nameZh')].message").value(hasItem("不能为空")));
	}

	@Test
	void aRequestWithoutAKeyIsAProblemNotALoginPage() throws Exception {
		this.mvc.perform(get("/api/v1/dealers"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
