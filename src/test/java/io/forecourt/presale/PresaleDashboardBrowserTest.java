package io.forecourt.presale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.presale.launch.ClientSignals;
import io.forecourt.presale.launch.LaunchCounters;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.BrowserTest;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launch dashboard in a real browser: HQ opens a new campaign's dashboard from the
 * menu, the brand app reserves and a script is refused, and the page shows the quota
 * going down, the reservations and the refusal's reason as they happen, without a reload
 * (the figures fragment is polled every two seconds).
 */
class PresaleDashboardBrowserTest extends BrowserTest {

	private static final String APP = "HuaxiaApp/5.2.0 (iOS 18.1)";

	@Autowired
	Accounts accounts;

	@Autowired
	LaunchCounters counters;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> post(String key, String userAgent, String path, String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.header("User-Agent", userAgent)
			.header(ClientSignals.DEVICE_ID, "device-" + UUID.randomUUID())
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String created(String key, String path, String json) throws Exception {
		HttpResponse<String> response = post(key, APP, path, json);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
		return response.body();
	}

	private String figure(String id) {
		return waitUpTo(10).until(browser -> browser.findElement(By.id(id)).getAttribute("data-value"));
	}

	/**
	 * Waits for the polled figures to show a value; the page itself is never reloaded.
	 */
	private void awaitFigure(String id, String value) {
		waitUpTo(20).until(browser -> value.equals(browser.findElement(By.id(id)).getAttribute("data-value")));
	}

	@Test
	void hqWatchesTheQuotaGoDownAndAScriptGetRefusedWithoutReloading() throws Exception {
		String hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		String app = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		String configuration = JsonPath.read(created(app, "/api/v1/configurations", """
				{"modelCode": "E5", "trimCode": "E5-LR", "exteriorColourCode": "PEARL-WHITE",
				 "interiorColourCode": "INT-BLACK"}"""), "$.code");
		String campaign = "ZB-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		Instant now = Instant.now();
		created(hq, "/api/v1/presale/campaigns", """
				{"code": "%s", "nameZh": "浏览器预售", "nameEn": "Browser presale",
				 "offers": [{"configurationCode": "%s"}], "quota": 4, "opensAt": "%s", "closesAt": "%s",
				 "deposit": 5000, "paymentWindowMinutes": 15, "perPersonLimit": 1, "idNumberRequired": false,
				 "regionCodes": [], "cityCodes": []}""".formatted(campaign, configuration, now.minusSeconds(60),
				now.plusSeconds(86_400)));

		loginAs("hq.ops", TestPrincipals.DEMO_PASSWORD);
		open("/?lang=en");
		find("[data-nav-id='presale.campaigns']").click();
		waitUpTo(5).until(browser -> path().equals("/presale/campaigns"));
		find("[data-dashboard='" + campaign + "']").click();
		waitUpTo(5).until(browser -> path().equals("/presale/campaigns/" + campaign));
		assertThat(text("#page-heading")).isEqualTo("Browser presale");
		assertThat(text("#campaign-state")).isEqualTo("Open");
		assertThat(text("#fact-payment-window")).isEqualTo("Pay within 15 min");
		assertThat(figure("figure-remaining")).isEqualTo("4");
		assertThat(figure("figure-live-reserved")).isEqualTo("0");
		assertThat(driver().findElements(By.cssSelector("#rejection-figures tr"))).isEmpty();
		script("window.notReloaded = true");

		for (int i = 0; i < 2; i++) {
			created(app, "/api/v1/presale/reservations", "{\"campaignCode\": \"%s\", \"phone\": \"139%08d\"}"
				.formatted(campaign, Math.floorMod(System.nanoTime() + i, 100_000_000L)));
		}
		awaitFigure("figure-remaining", "2");
		awaitFigure("figure-live-reserved", "2");
		assertThat(text("#quota-progress")).contains("2 / 4").contains("50%");

		HttpResponse<String> scripted = post(app, "python-requests/2.32.3", "/api/v1/presale/reservations",
				"{\"campaignCode\": \"%s\", \"phone\": \"139%08d\"}".formatted(campaign,
						Math.floorMod(System.nanoTime() + 7, 100_000_000L)));
		assertThat(scripted.statusCode()).as(scripted.body()).isEqualTo(403);
		// the counters reach the database within a second on their own; this only saves
		// the wait
		this.counters.flush();
		waitUpTo(20).until(browser -> !browser
			.findElements(By.cssSelector("#rejection-figures tr[data-counter='REJECTED_USER_AGENT']"))
			.isEmpty());
		assertThat(text("#rejection-figures tr[data-counter='REJECTED_USER_AGENT']"))
			.contains("Automated client (user agent)")
			.endsWith("1");
		awaitFigure("figure-attempts", "3");
		assertThat(figure("figure-remaining")).isEqualTo("2");
		assertThat(script("return window.notReloaded === true")).isEqualTo(true);
		assertThat(path()).isEqualTo("/presale/campaigns/" + campaign);
		// the whole dashboard in one picture, for people reviewing it
		driver().manage().window().setSize(new Dimension(1280, 2000));
		Path shots = Path.of("target", "browser-screenshots");
		Files.createDirectories(shots);
		Files.write(shots.resolve("presale-dashboard-figures.png"),
				find("#launch-figures").getScreenshotAs(OutputType.BYTES));
	}

}
