package io.forecourt.identity.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The customer API calls the profile, tag, consent and timeline tests share. */
record CustomerCalls(MockMvc mvc) {

	static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON);
	}

	static String mobile() {
		return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** A new customer with a fresh phone. */
	String create(String key) throws Exception {
		return resolve(key, "[{\"kind\": \"PHONE\", \"value\": \"" + mobile() + "\"}]");
	}

	/** A new customer with a fresh app user id (created after any made before). */
	String createByApp(String key) throws Exception {
		return resolve(key, "[{\"kind\": \"APP_USER\", \"value\": \"app-" + UUID.randomUUID() + "\"}]");
	}

	String resolve(String key, String identifiersJson) throws Exception {
		String body = this.mvc
			.perform(as(key, post("/api/v1/customers/resolve"))
				.content("{\"identifiers\": " + identifiersJson + ", \"source\": \"test\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.customerId");
	}

	String etag(String key, String id) throws Exception {
		return this.mvc.perform(as(key, get("/api/v1/customers/" + id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
	}

	void merge(String key, String id, String otherId) throws Exception {
		this.mvc
			.perform(as(key, post("/api/v1/customers/" + id + "/merge"))
				.content("{\"customerId\": \"" + otherId + "\", \"reason\": \"test\"}"))
			.andExpect(status().isOk());
	}

	void unmerge(String key, String id, String mergedId) throws Exception {
		this.mvc
			.perform(as(key, post("/api/v1/customers/" + id + "/unmerge"))
				.content("{\"customerId\": \"" + mergedId + "\"}"))
			.andExpect(status().isOk());
	}

	ResultActions consent(String key, String id, String purpose, boolean granted) throws Exception {
		return this.mvc
			.perform(as(key, post("/api/v1/customers/" + id + "/consents")).content("{\"purpose\": \"" + purpose
					+ "\", \"granted\": " + granted + ", \"source\": \"wechat-h5\", \"textVersion\": \"2026-10\"}"));
	}

}
