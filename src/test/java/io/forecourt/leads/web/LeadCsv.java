package io.forecourt.leads.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.forecourt.leads.web.LeadTestClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** CSV files and imports for the lead import tests. */
final class LeadCsv {

	static final String HEADER = "channel,phone,name,email,cityCode,modelOfInterest,purchaseTimeframe,"
			+ "testDriveRequested,budget,consentMarketing,campaign,utm_source";

	private LeadCsv() {
	}

	/**
	 * A row under {@link #HEADER}. The model is unique to the row, so test customers of
	 * the same name and city are not weak matches: merge suggestions would pile up for
	 * every later test to page through.
	 */
	static String row(String channel, String phone, String name, String cityCode) {
		return channel + "," + phone + "," + name + ",," + cityCode + ",Aurora " + UUID.randomUUID()
				+ ",WITHIN_7_DAYS,yes,250000,1,spring,newsletter";
	}

	static String file(String... rows) {
		return HEADER + "\n" + String.join("\n", rows) + "\n";
	}

	/**
	 * {@code count} distinct valid mobile numbers that trip no junk rule, from a random
	 * start. Under 166, a prefix no other test draws random numbers from: the import
	 * tests count duplicates exactly, and a lead another test made with a random 136
	 * number inside a 50,000-number run made one more (seen once in CI).
	 */
	static String[] mobiles(int count) {
		String[] phones = new String[count];
		int next = ThreadLocalRandom.current().nextInt(10_000_000, 80_000_000);
		for (int i = 0; i < count; i++) {
			String phone;
			do {
				phone = "166" + String.format("%08d", next++);
			}
			while (phone.matches(".*(\\d)\\1{7}.*") || ascending(phone));
			phones[i] = phone;
		}
		return phones;
	}

	private static boolean ascending(String digits) {
		int run = 1;
		for (int i = 1; i < digits.length(); i++) {
			run = digits.charAt(i) == digits.charAt(i - 1) + 1 ? run + 1 : 1;
			if (run >= 8) {
				return true;
			}
		}
		return false;
	}

	static ResultActions upload(MockMvc mvc, String key, String csv) throws Exception {
		return mvc.perform(as(key, post("/api/v1/lead-imports")).param("fileName", "leads.csv")
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8)));
	}

	/** Starts an import and waits until it is no longer running; returns its JSON. */
	static String importAndWait(MockMvc mvc, String key, String csv) throws Exception {
		String location = upload(mvc, key, csv).andReturn().getResponse().getHeader("Location");
		if (location == null) {
			throw new AssertionError("the import did not start");
		}
		return awaitDone(mvc, key, location);
	}

	static String awaitDone(MockMvc mvc, String key, String location) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (true) {
			String json = mvc.perform(as(key, get(location))).andReturn().getResponse().getContentAsString();
			if (!"RUNNING".equals(JsonPath.read(json, "$.state"))) {
				return json;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("import still running after 120 s: " + json);
			}
			Thread.sleep(50);
		}
	}

}
