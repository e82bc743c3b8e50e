package io.forecourt.network.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.forecourt.support.BrowserTest;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dealer pages in a real browser: htmx search, registering a dealer, validation at
 * the fields and switching language. Run with {@code -Dforecourt.screenshots=true} to
 * keep a PNG of each page in {@code target/browser-screenshots} for a visual check.
 */
class NetworkConsoleBrowserTest extends BrowserTest {

	@BeforeEach
	void signIn() {
		loginAs("hq.ops", TestPrincipals.DEMO_PASSWORD);
	}

	@Test
	void headquartersListsDealersAndNarrowsTheListWithHtmx() {
		open("/dealers");
		assertThat(find("tr[data-dealer-code='SH-001']").getText()).contains("310100");
		assertThat(rows()).isEqualTo(10);
		snapshot("dealers");

		find("#q").sendKeys("BJ-");
		waitUpTo(5).until((browser) -> rows() == 2);
		awaitHtmx();
		assertThat(driver().findElements(By.cssSelector("tr[data-dealer-code='SH-001']"))).isEmpty();
		assertThat(find("tr[data-dealer-code='BJ-002']").isDisplayed()).isTrue();
		// The address follows the search, so reload and back keep it.
		assertThat(driver().getCurrentUrl()).contains("q=BJ-");

		new Select(find("#status")).selectByValue("SUSPENDED");
		waitUpTo(5).until((browser) -> driver().findElements(By.cssSelector("#dealer-empty")).size() == 1);
	}

	@Test
	void headquartersRegistersADealerAndSeesItsPage() {
		open("/dealers");
		find("#new-dealer").click();
		waitUpTo(5).until((browser) -> path().equals("/dealers/new"));
		// Every day starts open 09:00-18:00.
		assertThat(find("#f-hours-SUNDAY").getAttribute("value")).isEqualTo("09:00-18:00");

		String code = DealerConsoleWebTests.uniqueCode();
		fillDealer(code, "021 6234 5678", "310100");
		find("#f-hours-SUNDAY").clear();
		snapshot("dealer-new");
		click("#save-dealer");

		waitUpTo(5).until((browser) -> path().matches("/dealers/[0-9a-f-]{36}"));
		assertThat(text("#dealer-code")).isEqualTo(code);
		assertThat(text("#console-flash")).contains(code);
		assertThat(text("#dealer-phone")).isEqualTo("+862162345678");
		assertThat(text("#dealer-hours")).contains("休息");
		snapshot("dealer-detail");
	}

	@Test
	void aBadDealerComesBackWithTheErrorsAtTheFields() {
		open("/dealers/new?lang=en");
		fillDealer(DealerConsoleWebTests.uniqueCode(), "12345", "440000");
		click("#save-dealer");

		waitUpTo(5).until((browser) -> find("#f-phone").getAttribute("class").contains("is-invalid"));
		assertThat(text("#e-phone")).contains("12345").contains("not a valid phone number");
		assertThat(find("#f-cityCode").getAttribute("class")).contains("is-invalid");
		assertThat(text("#e-cityCode")).contains("440000");
		assertThat(find("#f-nameEn").getAttribute("class")).doesNotContain("is-invalid");
		// The fields may be out of sight: the top of the form says how many need care.
		assertThat(text("#form-errors-fields")).isEqualTo("Please correct the 2 marked fields below.");
		snapshot("dealer-invalid");
	}

	@Test
	void theDealerPagesSwitchLanguage() {
		open("/dealers");
		assertThat(text("#page-heading")).isEqualTo("经销商");
		assertThat(text("#dealer-table thead")).contains("编码");

		find("#lang-en").click();
		waitUpTo(5).until((browser) -> "en".equals(find("html").getAttribute("lang")));
		assertThat(text("#page-heading")).isEqualTo("Dealers");
		assertThat(text("#dealer-table thead")).contains("Code").contains("Workshop bays");
		assertThat(text("tr[data-dealer-code='SH-001']")).contains("Forecourt Shanghai Hongqiao");
		snapshot("dealers-en");

		find("#lang-zh-CN").click();
		waitUpTo(5).until((browser) -> "zh-CN".equals(find("html").getAttribute("lang")));
		assertThat(text("#page-heading")).isEqualTo("经销商");
	}

	@Test
	void regionsAndStaffPagesRender() {
		open("/regions?lang=en");
		assertThat(text("tr[data-region-code='EAST']")).contains("East China");
		snapshot("regions");
		open("/staff?lang=en");
		assertThat(driver().findElements(By.cssSelector("#staff-table tbody tr[data-staff-id]"))).hasSize(10);
		snapshot("staff");
		find("#staff-table a.btn").click();
		waitUpTo(5).until((browser) -> path().endsWith("/edit"));
		snapshot("staff-edit");
	}

	private void fillDealer(String code, String phone, String cityCode) {
		type("#f-code", code);
		new Select(find("#f-regionId")).selectByIndex(1);
		type("#f-nameZh", "浏览器测试店");
		type("#f-nameEn", "Browser Test Motors");
		type("#f-address", "上海市徐汇区漕溪北路 1 号");
		type("#f-cityCode", cityCode);
		type("#f-latitude", "31.19");
		type("#f-longitude", "121.43");
		type("#f-phone", phone);
		type("#f-workshopBays", "4");
		type("#f-brands", "Huaxia");
	}

	private void type(String css, String value) {
		WebElement input = find(css);
		input.clear();
		input.sendKeys(value);
	}

	private int rows() {
		return driver().findElements(By.cssSelector("#dealer-table tbody tr[data-dealer-code]")).size();
	}

	private void snapshot(String name) {
		if (!Boolean.getBoolean("forecourt.screenshots")) {
			return;
		}
		try {
			Path dir = Files.createDirectories(Path.of("target", "browser-screenshots"));
			Path png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(png, dir.resolve("network-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
