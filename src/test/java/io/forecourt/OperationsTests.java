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
		RestClient http = RestClient.create("http://localhost:" + this.port);
		HttpStatus anonymous = http.get()
			.uri("/actuator/prometheus")
			.exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));
		assertThat(anonymous).isEqualTo(HttpStatus.UNAUTHORIZED);
		String metrics = http.get()
			.uri("/actuator/prometheus")
			.header("Authorization", DEMO_KEY)
			.retrieve()
			.body(String.class);
		assertThat(metrics).contains("jvm_threads_live_threads").contains("http_server_requests_seconds");
	}

	@Test
	void theModuleStructureIsServedToAKeyFromTheDescriptionBuiltWithTheApplication() {
		RestClient http = RestClient.create("http://localhost:" + this.port);
		HttpStatus anonymous = http.get()
			.uri("/actuator/modulith")
			.exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));
		assertThat(anonymous).isEqualTo(HttpStatus.UNAUTHORIZED);
		String modules = http.get()
			.uri("/actuator/modulith")
			.header("Authorization", DEMO_KEY)
			.retrieve()
			.body(String.class);
		assertThat(modules).contains("\"basePackage\" : \"io.forecourt.presale\"")
			.contains("\"displayName\" : \"Online presale\"");
	}

}
