package io.forecourt.identity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

import io.forecourt.identity.CustomerIdentification;
import io.forecourt.identity.Identifier;
import io.forecourt.identity.ResolutionRequest;
import io.forecourt.support.BrowserTest;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer pages in a real browser, signed in as HQ: htmx search by phone to the 360
 * page, accepting a merge suggestion in place, and the 360 page in both languages. Run
 * with {@code -Dforecourt.screenshots=true} to keep a PNG of each page in
 * {@code target/browser-screenshots} for a visual check.
 */
class CustomerConsoleBrowserTest extends BrowserTest {

	@Autowired
	CustomerIdentification identification;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void signIn() {
		loginAs("hq.ops", TestPrincipals.DEMO_PASSWORD);
	}

	@Test
	void headquartersFindsADemoCustomerByPhoneAndSeesTheirIdentities() {
		open("/customers?lang=en");
		assertThat(text("#customer-search-start")).contains("Search by phone");
		// Typed the way a caller says it; the search normalises it.
		find("#q").sendKeys("138 1688 0001");
		find("tr[data-customer-id] a.customer-link");
		awaitHtmx();
		snapshot("search");
		find("tr[data-customer-id] a.customer-link").click();

		waitUpTo(5).until(browser -> path().matches("/customers/[0-9a-f-]{36}"));
		assertThat(text("#customer-name")).isEqualTo("张伟");
		String identities = text("#identity-table");
		// HQ holds the personal-data permission: the phone is shown in full.
		assertThat(identities).contains("+8613816880001").contains("WeChat unionid").contains("lead:autohome");
		snapshot("customer");
	}

	@Test
	void headquartersAcceptsAMergeSuggestionAndTheSurvivorShowsTheMergedRecord() {
		String name = CustomerConsoleWebTests.unique("赵");
		UUID first = resolve(name);
		UUID second = resolve(name);
		UUID suggestion = this.jdbc
			.sql("SELECT id FROM merge_suggestions WHERE customer_a IN (?, ?) AND customer_b IN (?, ?)")
			.params(first, second, first, second)
			.query(UUID.class)
			.single();

		open("/customers/merge-suggestions?lang=en");
		String row = "tr[data-suggestion-id='" + suggestion + "']";
		assertThat(text(row)).contains(name).contains("Huaxia X9");
		snapshot("suggestions");
		click(row + " .suggestion-accept");
		waitUpTo(5).until(browser -> "ACCEPTED".equals(find(row).getAttribute("data-status")));
		awaitHtmx();
		click(row + " .suggestion-open");

		waitUpTo(5).until(browser -> path().equals("/customers/" + first));
		assertThat(text("#merge-table")).contains(second.toString()).contains("accepted suggestion");
		assertThat(text("#identity-table")).contains("from merged record " + second.toString().substring(0, 8));
		snapshot("customer-merged");
	}

	@Test
	void the360PageSwitchesLanguage() {
		UUID id = resolve(CustomerConsoleWebTests.unique("钱"));
		open("/customers/" + id + "?lang=en");
		assertThat(text("#customer-identities h2")).isEqualToIgnoringCase("Identities");

		find("#lang-zh-CN").click();
		waitUpTo(5).until(browser -> text("#customer-identities h2").equals("身份标识"));
		assertThat(text("#identity-table")).contains("手机号");
		assertThat(path()).isEqualTo("/customers/" + id);
		snapshot("customer-zh");
	}

	private UUID resolve(String name) {
		return this.identification
			.resolve(new ResolutionRequest(List.of(Identifier.phone(CustomerConsoleWebTests.mobile())), name, "440100",
					"Huaxia X9", "test"))
			.customerId();
	}

	private void snapshot(String name) {
		if (!Boolean.getBoolean("forecourt.screenshots")) {
			return;
		}
		try {
			Path dir = Files.createDirectories(Path.of("target", "browser-screenshots"));
			Path png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(png, dir.resolve("identity-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
