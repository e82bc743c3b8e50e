package io.forecourt.support;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dealers of a test's own, registered through the API with their consultants, in a city
 * the demo network leaves empty: other tests add dealers and staff to the demo cities, so
 * counting on those makes a test depend on the order tests run in.
 */
public final class TestDealers {

	private TestDealers() {
	}

	/**
	 * Registers an active Huaxia dealer in the city (code {@code <prefix>-<unique>}) with
	 * one sales consultant per name.
	 * @param hqKey an API key of HQ
	 * @return the dealer's id
	 */
	public static UUID register(MockMvc mvc, JdbcClient jdbc, String hqKey, String prefix, String cityCode,
			List<String> consultants) throws Exception {
		UUID region = jdbc.sql("SELECT region_id FROM dealers WHERE code = 'BJ-001'").query(UUID.class).single();
		String code = prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		String body = mvc
			.perform(post("/api/v1/dealers").header("Authorization", "Bearer " + hqKey)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code": "%s", "regionId": "%s", "nameZh": "测试店 %s", "nameEn": "Test dealer %s",
						 "address": "测试路 1 号", "cityCode": "%s", "latitude": 36.06, "longitude": 103.83,
						 "phone": "010 6000 0000", "openingHours": {"MONDAY": "09:00-18:00"},
						 "brands": ["Huaxia"], "workshopBays": 4}
						""".formatted(code, region, code, code, cityCode)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID dealer = UUID.fromString(JsonPath.read(body, "$.id"));
		for (String name : consultants) {
			mvc.perform(post("/api/v1/staff").header("Authorization", "Bearer " + hqKey)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"dealerId\": \"" + dealer + "\", \"name\": \"" + name + "\", \"phone\": \"" + mobile()
						+ "\", \"roles\": [\"SALES_CONSULTANT\"]}"))
				.andExpect(status().isCreated());
		}
		return dealer;
	}

	/** The dealer's code, e.g. for asserting on routing explanations. */
	public static String code(JdbcClient jdbc, UUID dealer) {
		return jdbc.sql("SELECT code FROM dealers WHERE id = ?").param(dealer).query(String.class).single();
	}

	private static String mobile() {
		return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
	}

}
