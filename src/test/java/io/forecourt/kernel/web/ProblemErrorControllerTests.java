package io.forecourt.kernel.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors raised before any controller is chosen still answer API clients with a problem,
 * over real HTTP (the servlet container's error dispatch is not exercised by MockMvc).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProblemErrorControllerTests {

	private static final String DEMO_KEY = "Bearer fc_demo_integrator_0000000000000000000000";

	@LocalServerPort
	int port;

	private ResponseEntity<String> call(org.springframework.http.HttpMethod method, String path) {
		return RestClient.create("http://localhost:" + this.port)
			.method(method)
			.uri(path)
			.header("Authorization", DEMO_KEY)
			.exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
				.headers(response.getHeaders())
				.body(new String(response.getBody().readAllBytes())));
	}

	@Test
	void anUnknownApiPathIsANotFoundProblem() {
		ResponseEntity<String> response = call(org.springframework.http.HttpMethod.GET, "/api/v1/no-such-thing");
		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).contains("https://forecourt.dev/problems/not-found")
			.contains("/api/v1/no-such-thing");
	}

	@Test
	void anUnsupportedMethodIsAMethodNotAllowedProblem() {
		ResponseEntity<String> response = call(org.springframework.http.HttpMethod.DELETE, "/api/v1/dealers");
		assertThat(response.getStatusCode().value()).isEqualTo(405);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).contains("https://forecourt.dev/problems/method-not-allowed");
	}

}
