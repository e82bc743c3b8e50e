package io.forecourt.network.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ApiKeysForTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Role × resource × method: who may read and change which regions, dealers and staff. The
 * demo network gives the fixture: region EAST holds dealers SH-001 and SH-002, region
 * NORTH holds BJ-001. The region manager manages EAST; dealer staff work at SH-001; the
 * integrator key is OEM-wide. Reading a record outside one's scope answers 404 and leaves
 * a denial in the audit log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyMatrixTests {

	/** Roles in the column order of the matrix below. */
	static final List<Role> ROLES = List.of(Role.PLATFORM_ADMIN, Role.OEM_HQ, Role.REGION_MANAGER, Role.DEALER_MANAGER,
			Role.SALES_CONSULTANT, Role.SERVICE_ADVISOR, Role.INTEGRATOR);

	/**
	 * Expected status per role: admin, HQ, region manager (EAST), dealer manager
	 * (SH-001), consultant (SH-001), service advisor (SH-001), integrator (OEM-wide,
	 * read-only).
	 */
	static Stream<Arguments> matrix() {
		List<Arguments> rows = new ArrayList<>();
		row(rows, "GET regions/EAST", 200, 200, 200, 200, 200, 200, 200);
		row(rows, "GET regions/NORTH", 200, 200, 404, 404, 404, 404, 200);
		row(rows, "POST regions", 201, 201, 403, 403, 403, 403, 403);
		row(rows, "PUT regions/EAST", 200, 200, 403, 403, 403, 403, 403);
		row(rows, "GET dealers/SH-001", 200, 200, 200, 200, 200, 200, 200);
		row(rows, "GET dealers/SH-002", 200, 200, 200, 404, 404, 404, 200);
		row(rows, "GET dealers/BJ-001", 200, 200, 404, 404, 404, 404, 200);
		row(rows, "POST dealers", 201, 201, 403, 403, 403, 403, 403);
		row(rows, "PUT dealers/SH-001", 200, 200, 403, 403, 403, 403, 403);
		row(rows, "GET staff/SH-001", 200, 200, 200, 200, 200, 200, 200);
		row(rows, "GET staff/SH-002", 200, 200, 200, 404, 404, 404, 200);
		row(rows, "GET staff/BJ-001", 200, 200, 404, 404, 404, 404, 200);
		row(rows, "POST staff/SH-001", 201, 201, 201, 201, 403, 403, 403);
		row(rows, "POST staff/BJ-001", 201, 201, 400, 400, 403, 403, 403);
		row(rows, "PUT staff/SH-001", 200, 200, 200, 200, 403, 403, 403);
		row(rows, "PUT staff/BJ-001", 200, 200, 404, 404, 403, 403, 403);
		return rows.stream();
	}

	/** What each role sees in the listings: dealers and staff visible to it. */
	static Stream<Arguments> listings() {
		return Stream.of(Arguments.of(Role.OEM_HQ, 14, 56), Arguments.of(Role.REGION_MANAGER, 6, 24),
				Arguments.of(Role.DEALER_MANAGER, 1, 4), Arguments.of(Role.SALES_CONSULTANT, 1, 4),
				Arguments.of(Role.INTEGRATOR, 14, 56));
	}

	private static void row(List<Arguments> rows, String request, int... statuses) {
		for (int i = 0; i < ROLES.size(); i++) {
			rows.add(Arguments.of(ROLES.get(i), request, statuses[i]));
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	final Map<Role, String> keys = new EnumMap<>(Role.class);

	final Map<String, UUID> ids = new java.util.HashMap<>();

	@BeforeAll
	void fixture() {
		lookup("regions", "EAST");
		lookup("regions", "NORTH");
		for (String dealer : List.of("SH-001", "SH-002", "BJ-001")) {
			UUID dealerId = lookup("dealers", dealer);
			this.ids.put("staff/" + dealer, this.jdbc.sql(
					"SELECT id FROM staff WHERE dealer_id = ? AND roles = 'DEALER_MANAGER' ORDER BY created_at LIMIT 1")
				.param(dealerId)
				.query(UUID.class)
				.single());
		}
		UUID east = this.ids.get("regions/EAST");
		UUID sh001 = this.ids.get("dealers/SH-001");
		for (Role role : ROLES) {
			AccessScope scope = switch (role) {
				case PLATFORM_ADMIN, OEM_HQ, INTEGRATOR -> AccessScope.all();
				case REGION_MANAGER -> AccessScope.region(east);
				default -> AccessScope.dealer(sh001);
			};
			this.keys.put(role, ApiKeysForTests.issue(this.accounts, role, scope));
		}
	}

	private UUID lookup(String table, String code) {
		UUID id = this.jdbc.sql("SELECT id FROM " + table + " WHERE code = ?").param(code).query(UUID.class).single();
		this.ids.put(table + "/" + code, id);
		return id;
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@MethodSource("matrix")
	void eachRoleGetsExactlyTheAccessItsScopeAndPermissionsAllow(Role role, String request, int expected)
			throws Exception {
		long deniedBefore = denials();
		int status = this.mvc.perform(build(request).header("Authorization", "Bearer " + this.keys.get(role)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("%s %s", role, request).isEqualTo(expected);
		if (expected == 404 && request.startsWith("GET")) {
			assertThat(denials()).as("a denial is audited").isGreaterThan(deniedBefore);
		}
	}

	@ParameterizedTest(name = "{0} sees {1} dealers and {2} staff")
	@MethodSource("listings")
	void listingsShowOnlyWhatTheScopeCovers(Role role, int dealers, int staff) throws Exception {
		// Other tests add dealers and staff; count only the demo records (codes without
		// T-/MQ-).
		String key = this.keys.get(role);
		String body = this.mvc
			.perform(get("/api/v1/dealers").param("size", "100").header("Authorization", "Bearer " + key))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = com.jayway.jsonpath.JsonPath.read(body, "$.items[*].code");
		assertThat(codes.stream().filter(c -> c.matches("[A-Z]+-00\\d"))).hasSize(dealers);
		int staffSeen = 0;
		for (String code : codes.stream().filter(c -> c.matches("[A-Z]+-00\\d")).toList()) {
			UUID known = this.ids.get("dealers/" + code);
			String dealerId = (known != null ? known : lookup("dealers", code)).toString();
			String staffBody = this.mvc
				.perform(get("/api/v1/staff").param("dealerId", dealerId)
					.param("q", "")
					.header("Authorization", "Bearer " + key))
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<String> names = com.jayway.jsonpath.JsonPath.read(staffBody, "$.items[*].name");
			staffSeen += (int) names.stream().filter(n -> !n.startsWith("Test")).count();
		}
		assertThat(staffSeen).isEqualTo(staff);
	}

	private long denials() {
		return this.jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'ACCESS_DENIED'")
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder build(String request) {
		String[] parts = request.split(" ", 2);
		String method = parts[0];
		String target = parts[1];
		String[] path = target.split("/");
		String collection = "/api/v1/" + path[0];
		String unique = Long.toString(System.nanoTime(), 36).toUpperCase();
		return switch (method + " " + path[0]) {
			case "GET regions", "GET dealers", "GET staff" -> get(collection + "/" + this.ids.get(target));
			case "POST regions" -> json(post(collection), """
					{"code": "R-%s", "nameZh": "测试大区", "nameEn": "Test region"}""".formatted(unique));
			case "PUT regions" -> json(put(collection + "/" + this.ids.get(target)), """
					{"nameZh": "华东大区", "nameEn": "East China"}""").header("If-Match", etag(target));
			case "POST dealers" -> json(post(collection), dealerBody("T-" + unique.substring(0, 8), true));
			case "PUT dealers" -> json(put(collection + "/" + this.ids.get(target)), dealerBody(null, false))
				.header("If-Match", etag(target));
			case "POST staff" -> json(post(collection), """
					{"dealerId": "%s", "name": "Test Person", "phone": "13912345678", "roles": ["SALES_CONSULTANT"]}"""
				.formatted(this.ids.get("dealers/" + path[1])));
			case "PUT staff" -> json(put(collection + "/" + this.ids.get(target)),
					"""
							{"name": "王经理", "phone": "%s", "roles": ["DEALER_MANAGER"], "active": true}"""
						.formatted(this.jdbc.sql("SELECT phone FROM staff WHERE id = ?")
							.param(this.ids.get(target))
							.query(String.class)
							.single()))
				.header("If-Match", etag(target));
			default -> throw new IllegalArgumentException(request);
		};
	}

	/**
	 * The current version of the record, read directly so the matrix tests only
	 * authorisation.
	 */
	private String etag(String target) {
		String table = target.split("/")[0];
		long version = this.jdbc.sql("SELECT version FROM " + table + " WHERE id = ?")
			.param(this.ids.get(target))
			.query(Long.class)
			.single();
		return "\"" + version + "\"";
	}

	private String dealerBody(String code, boolean create) {
		String fields = """
				"regionId": "%s", "nameZh": "上海虹桥前庭汽车4S店", "nameEn": "Forecourt Shanghai Hongqiao",
				"address": "上海市闵行区申长路 988 号", "cityCode": "310100", "latitude": 31.1944, "longitude": 121.3206,
				"phone": "021-6234 5678", "openingHours": {"MONDAY": "09:00-18:00"}, "brands": ["Huaxia"],
				"workshopBays": 12""".formatted(this.ids.get("regions/EAST"));
		return create ? "{\"code\": \"" + code + "\", " + fields + "}" : "{" + fields + ", \"status\": \"ACTIVE\"}";
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
