package io.forecourt.presale.launch;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripted clients by their user agent; people's phones and browsers, and the brand's
 * app, pass.
 */
class BotHeuristicsTests {

	private final BotHeuristics bots = new BotHeuristics(new PresaleSettings.Abuse(10, 600, 30, 5,
			List.of("curl/", "python-requests", "go-http-client", "okhttp", "headlesschrome", "java/"),
			List.of("HuaxiaApp/"))
		.scriptedAgents(), List.of("HuaxiaApp/"));

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "curl/8.5.0", "python-requests/2.32.3", "Go-http-client/1.1", "okhttp/4.12.0",
			"Java/21.0.2",
			"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36" })
	void scriptedClientsAreTold(String agent) {
		assertThat(this.bots.scripted(agent)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "HuaxiaApp/5.2.0 (Android 14; Pixel 8) okhttp/4.12.0",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50",
			"Mozilla/5.0 (Linux; Android 14; 23127PN0CC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36" })
	void peoplesClientsPass(String agent) {
		assertThat(this.bots.scripted(agent)).isFalse();
	}

	@Test
	void theMarkerMustBeTheAppsNotAnyWord() {
		assertThat(this.bots.scripted("okhttp/4.12.0 Huaxia")).isTrue();
	}

}
