package io.forecourt.kernel.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem written straight to the response: the same body a problem entity has, its
 * length told (so it is not sent chunked), Retry-After when the problem says when to come
 * back, and each distinct problem rendered once.
 */
class ProblemWriterTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ProblemWriter writer = new ProblemWriter(this.json);

	private MockHttpServletResponse write(String path, ProblemException problem) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.writer.write(new MockHttpServletRequest("POST", path), response, problem);
		return response;
	}

	@Test
	void theBodyHasTheProblemsFieldsItsPropertiesAndTheRequestPathAsInstance() throws Exception {
		MockHttpServletResponse response = write("/api/v1/presale/reservations",
				ProblemException.validation("phone", "is required"));

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		JsonNode body = this.json.readTree(response.getContentAsByteArray());
		assertThat(body.get("type").asString()).isEqualTo(ProblemType.VALIDATION.uri().toString());
		assertThat(body.get("title").asString()).isEqualTo(ProblemType.VALIDATION.title());
		assertThat(body.get("status").asInt()).isEqualTo(400);
		assertThat(body.get("detail").asString()).isEqualTo("phone: is required");
		assertThat(body.get("instance").asString()).isEqualTo("/api/v1/presale/reservations");
		assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("phone");
		assertThat(body.get("errors").get(0).get("message").asString()).isEqualTo("is required");
	}

	@Test
	void theLengthIsToldAndARetryAfterGoesIntoItsHeader() throws Exception {
		MockHttpServletResponse response = write("/x", new ProblemException(ProblemType.RATE_LIMITED, "Too many",
				Map.of(ProblemException.RETRY_AFTER_SECONDS, 7L)));

		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length).isPositive();
		assertThat(response.getHeader("Retry-After")).isEqualTo("7");
		assertThat(this.json.readTree(response.getContentAsByteArray()).get("retryAfterSeconds").asLong()).isEqualTo(7);
		assertThat(write("/x", new ProblemException(ProblemType.CONFLICT, "Taken")).getHeader("Retry-After")).isNull();
	}

	@Test
	void aProblemSeenBeforeIsWrittenFromItsRenderingAndEachPathIsItsOwnInstance() throws Exception {
		byte[] first = write("/a", new ProblemException(ProblemType.PRESALE_SOLD_OUT, "Every unit is taken"))
			.getContentAsByteArray();
		byte[] again = write("/a", new ProblemException(ProblemType.PRESALE_SOLD_OUT, "Every unit is taken"))
			.getContentAsByteArray();
		byte[] elsewhere = write("/b", new ProblemException(ProblemType.PRESALE_SOLD_OUT, "Every unit is taken"))
			.getContentAsByteArray();

		assertThat(again).isEqualTo(first);
		assertThat(this.writer.kept()).isEqualTo(2);
		assertThat(this.json.readTree(elsewhere).get("instance").asString()).isEqualTo("/b");
	}

	@Test
	void problemsThatVaryWithoutBoundDoNotPileUp() throws Exception {
		for (int i = 0; i < ProblemWriter.RENDERED_LIMIT + 10; i++) {
			MockHttpServletResponse response = write("/x",
					new ProblemException(ProblemType.CONFLICT, "Conflict " + i, Map.of("tried", List.of(i))));
			assertThat(this.json.readTree(response.getContentAsByteArray()).get("detail").asString())
				.isEqualTo("Conflict " + i);
		}

		assertThat(this.writer.kept()).isLessThanOrEqualTo(ProblemWriter.RENDERED_LIMIT);
	}

}
