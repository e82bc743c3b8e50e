package io.forecourt.leads.web;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Captures leads over HTTP for the lead tests. */
final class LeadTestClient {

	private LeadTestClient() {
	}

	static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + key);
	}

	/** A random mobile number that trips no junk rule. */
	static String mobile() {
		while (true) {
			String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
			if (!phone.matches(".*(\\d)\\1{7}.*") && !phone.contains("12345678") && !phone.contains("23456789")) {
				return phone;
			}
		}
	}

	static String lead(String phone, String extra) {
		return "{\"channel\": \"autohome\", \"phone\": \"" + phone
				+ "\", \"name\": \"Li Lei\", \"cityCode\": \"310100\","
				+ " \"modelOfInterest\": \"Aurora\", \"purchaseTimeframe\": \"WITHIN_7_DAYS\","
				+ " \"testDriveRequested\": true, \"consentMarketing\": true," + " \"rawPayload\": \"{\\\"tel\\\": \\\""
				+ phone + "\\\"}\"" + extra + "}";
	}

	static ResultActions capture(MockMvc mvc, String key, String json) throws Exception {
		return mvc.perform(as(key, post("/api/v1/leads")).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** Waits for what an after-commit listener writes. */
	static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within 10 seconds");
			}
			Thread.sleep(50);
		}
	}

}
