package io.forecourt.sales;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.leads.capture.LeadCapture;
import io.forecourt.leads.web.LeadConsoleFixture;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.BrowserTest;
import io.forecourt.support.DemoRecords;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole sale in a real browser: a dealer manager opens a lead, orders the configured
 * car for its customer, takes the deposit through the simulated provider's checkout page,
 * signs the contract, gets the car in stock, inspects and delivers it; the buyer's
 * progress page shows every step, and the lead is won.
 */
class SalesJourneyBrowserTest extends BrowserTest {

	@Autowired
	LeadCapture capture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	private String post(String key, String path, String json) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Authorization", "Bearer " + key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
		return response.body();
	}

	private String status(String leadId) {
		return this.jdbc.sql("SELECT status FROM leads WHERE id = ?")
			.param(UUID.fromString(leadId))
			.query(String.class)
			.single();
	}

	private void awaitOrderStatus(String status) {
		waitUpTo(20).until(browser -> {
			String shown = find("#order-status").getAttribute("data-status");
			if (status.equals(shown)) {
				return true;
			}
			browser.navigate().refresh();
			return false;
		});
	}

	@Test
	void aLeadBecomesADeliveredOrder() throws Exception {
		String hq = ApiKeysForTests.issue(this.accounts, Role.OEM_HQ, AccessScope.all());
		UUID shanghai = DemoRecords.dealer(this.jdbc, "SH-001");
		String configuration = JsonPath.read(post(hq, "/api/v1/configurations", """
				{"modelCode": "S7", "trimCode": "S7-COMFORT", "exteriorColourCode": "PEARL-WHITE",
				 "interiorColourCode": "INT-BLACK"}
				"""), "$.code");
		// the oldest matching car at the dealer, so allocation takes this one
		String vin = Vin.withCheckDigit("LHXS7A2C0T" + String.format("%07d", System.nanoTime() % 10_000_000)).value();
		post(hq, "/api/v1/stock-vehicles", """
				{"vin": "%s", "dealerId": "%s", "modelCode": "S7", "trimCode": "S7-COMFORT",
				 "exteriorColourCode": "PEARL-WHITE", "interiorColourCode": "INT-BLACK", "arrivedAt": "%s"}
				""".formatted(vin, shanghai, Instant.now().minus(Duration.ofDays(400))));
		LeadConsoleFixture leads = new LeadConsoleFixture(this.capture, this.jdbc);
		UUID lead = leads.capture("陈静", "browser-test");
		leads.assign(lead, leads.staffOf("sh001.sales"), Instant.now().plus(Duration.ofHours(1)));

		loginAs("sh001.manager", TestPrincipals.DEMO_PASSWORD);
		open("/leads/" + lead + "?lang=en");
		find("#lead-create-order").click();
		find("#order-configuration").sendKeys(configuration);
		find("#order-first-name").sendKeys("静");
		find("#order-submit").click();
		awaitOrderStatus("CREATED");
		assertThat(status(lead.toString())).isEqualTo("ORDERED");

		find("#order-take-deposit").click();
		String checkout = find(".order-checkout").getAttribute("href");
		String orderPage = driver().getCurrentUrl();
		driver().get(checkout);
		find("#checkout-pay").click();
		find("#checkout-paid");
		driver().get(orderPage);
		awaitOrderStatus("DEPOSIT_PAID");

		find("#order-sign-contract").click();
		awaitOrderStatus("CONTRACT_SIGNED");
		find("#order-allocate-vin").click();
		awaitOrderStatus("ARRIVED");
		assertThat(text("#order-vin")).contains(vin);
		find("#order-pdi").click();
		awaitOrderStatus("PDI_DONE");
		find("#order-deliver").click();
		awaitOrderStatus("DELIVERED");

		String progress = find("#order-progress-link").getAttribute("href");
		logout();
		driver().get(progress);
		assertThat(find("#progress-steps li[data-step='DELIVERED']").getAttribute("data-reached")).isEqualTo("true");
		assertThat(driver().getPageSource()).doesNotContain("陈静");
		waitUpTo(10).until(browser -> "WON".equals(status(lead.toString())));
	}

}
