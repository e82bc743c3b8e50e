package io.forecourt.kernel.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.forecourt.ForecourtApplication;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database: a console session started on one is served
 * by the other, so a load balancer needs no sticky sessions.
 */
class SharedSessionTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aSessionStartedOnOneInstanceIsServedByAnother() throws Exception {
		try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
			String a = baseUrl(first);
			String b = baseUrl(second);

			HttpResponse<String> loginPage = get(a + "/login", null);
			String anonymous = sessionCookie(loginPage);
			Matcher csrf = CSRF.matcher(loginPage.body());
			assertThat(csrf.find()).as("CSRF field on the login page").isTrue();

			HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create(a + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", anonymous)
				.POST(HttpRequest.BodyPublishers.ofString("username=sh001.sales&password="
						+ URLEncoder.encode(TestPrincipals.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
						+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
			String signedIn = sessionCookie(login);

			HttpResponse<String> home = get(b + "/", signedIn);
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("李娜");

			assertThat(get(b + "/", null).statusCode()).as("without the cookie").isEqualTo(302);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplication(ForecourtApplication.class).run("--server.port=0",
				"--spring.profiles.active=test");
	}

	private static String baseUrl(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private HttpResponse<String> get(String url, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("FORECOURT_SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}
