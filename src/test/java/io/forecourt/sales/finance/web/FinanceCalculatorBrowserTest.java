package io.forecourt.sales.finance.web;

import java.nio.file.Files;
import java.nio.file.Path;

import io.forecourt.support.BrowserTest;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculator in a real browser: the demo consultant opens it from the menu, sees a
 * schedule at once, switches to a balloon loan and the schedule follows as they type,
 * without a page load; a wrong term is named where the schedule was.
 */
class FinanceCalculatorBrowserTest extends BrowserTest {

	@Test
	void aConsultantTurnsTheLoanIntoABalloonAsTheyType() throws Exception {
		loginAs("sh001.sales", TestPrincipals.DEMO_PASSWORD);
		open("/?lang=en");
		find("[data-nav-id='sales.finance']").click();
		waitUpTo(5).until(browser -> path().equals("/sales/finance-calculator"));
		assertThat(driver().findElements(By.cssSelector("#finance-schedule tbody tr"))).hasSize(36);
		assertThat(text("#finance-monthly")).isEqualTo("3,954.26");
		script("window.notReloaded = true");

		new Select(find("#method")).selectByValue("BALLOON");
		awaitHtmx();
		assertThat(text("#finance-problems")).contains("Balloon or residual");
		WebElement last = find("#finalPayment");
		last.sendKeys("40");
		waitUpTo(5).until(browser -> !browser.findElements(By.cssSelector("tr[data-kind='BALLOON']")).isEmpty());
		awaitHtmx();
		assertThat(text("tr[data-kind='BALLOON']")).contains("Balloon").contains("75,960.00");
		assertThat(script("return window.notReloaded === true")).isEqualTo(true);
		assertThat(driver().getCurrentUrl()).contains("method=BALLOON").contains("finalPayment=40");
		Path shots = Path.of("target", "browser-screenshots");
		Files.createDirectories(shots);
		Files.write(shots.resolve("finance-calculator-balloon.png"),
				((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));

		WebElement term = find("#termMonths");
		term.clear();
		term.sendKeys("96");
		awaitHtmx();
		waitUpTo(5).until(browser -> !browser.findElements(By.cssSelector("[data-field='termMonths']")).isEmpty());
		assertThat(text("#finance-problems")).contains("must be between 1 and 84 months");
	}

}
