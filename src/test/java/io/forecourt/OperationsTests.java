package io.forecourt;

import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators rely on, over real HTTP: requests are served on virtual threads, health
 * and readiness answer without signing in, and Prometheus metrics need an API key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsTests {

	private static final String DEMO_KEY = "Bearer fc_demo_integrator_0000000000000000000000";

	@Autowired
	WebServerApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void requestsAreHandledOnVirtualThreads() {
		TomcatWebServer tomcat = (TomcatWebServer) this.context.getWebServer();
		assertThat(tomcat.getTomcat().getConnector().getProtocolHandler().getExecutor())
			.isInstanceOf(VirtualThreadExecutor.class);
	}

	@Test
	void healthAndReadinessAnswerWithoutSigningIn() {
		RestClient http = RestClient.create("http://localhost:" + this.port);
		assertThat(http.get().uri("/actuator/health/readiness").retrieve().body(String.class)).contains("\"UP\"");
		assertThat(http.get().uri("/actuator/health/liveness").retrieve().body(String.class)).contains("\"UP\"");
	}

	@Test
	void prometheusMetricsNeedAKey() {
		assertThat(anonymousStatus("/actuator/prometheus")).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(withKey("/actuator/prometheus")).contains("jvm_threads_live_threads")
			.contains("http_server_requests_seconds");
	}

	@Test
	void theModuleStructureIsServedToAKeyFromTheDescriptionBuiltWithTheApplication() {
		assertThat(anonymousStatus("/actuator/modulith")).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(withKey("/actuator/modulith")).contains("\"basePackage\" : \"io.forecourt.presale\"")
			.contains("\"displayName\" : \"Online presale\"");
	}

	private HttpStatus anonymousStatus(String path) {
		return RestClient.create("http://localhost:" + this.port)
			.get()
			.uri(path)
			.exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));
	}

	private String withKey(String path) {
		return RestClient.create("http://localhost:" + this.port)
			.get()
			.uri(path)
			.header("Authorization", DEMO_KEY)
			.retrieve()
			.body(String.class);
	}

}
