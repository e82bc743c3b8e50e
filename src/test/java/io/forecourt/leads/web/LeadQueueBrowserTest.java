package io.forecourt.leads.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.forecourt.leads.capture.LeadCapture;
import io.forecourt.support.BrowserTest;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultant's work queue in a real browser: signed in as the demo consultant, the
 * overdue lead is on top and marked, the countdowns tick, and a lead opens on its page.
 */
class LeadQueueBrowserTest extends BrowserTest {

	@Autowired
	LeadCapture capture;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConsultantSeesTheirLeadsByUrgencyWithTickingCountdowns() throws Exception {
		LeadConsoleFixture fixture = new LeadConsoleFixture(this.capture, this.jdbc);
		UUID lina = fixture.staffOf("sh001.sales");
		UUID soon = fixture.capture("王小明", "browser-test");
		UUID overdue = fixture.capture("赵小红", "browser-test");
		fixture.assign(soon, lina, Instant.now().plus(Duration.ofMinutes(12)));
		fixture.assign(overdue, lina, Instant.now().minus(Duration.ofMinutes(4)));

		loginAs("sh001.sales", TestPrincipals.DEMO_PASSWORD);
		open("/leads/queue?lang=en");
		List<String> order = driver().findElements(By.cssSelector("#queue-table tbody tr"))
			.stream()
			.map(row -> row.getAttribute("data-lead-id"))
			.toList();
		assertThat(order.indexOf(overdue.toString())).isGreaterThanOrEqualTo(0)
			.isLessThan(order.indexOf(soon.toString()));
		String overdueRow = "tr[data-lead-id='" + overdue + "']";
		String soonRow = "tr[data-lead-id='" + soon + "']";
		assertThat(find(overdueRow).getAttribute("class")).contains("table-danger");
		waitUpTo(5).until(browser -> text(overdueRow + " .sla-countdown").startsWith("overdue 4:"));
		// about 12 minutes left, and a second later less than before
		String first = text(soonRow + " .sla-countdown");
		assertThat(first).matches("1[01]:\\d\\d");
		waitUpTo(5).until(browser -> !text(soonRow + " .sla-countdown").equals(first));

		WebElement link = find(soonRow + " a");
		link.click();
		waitUpTo(5).until(browser -> path().equals("/leads/" + soon));
		assertThat(text("#page-heading")).contains("王小明");
		assertThat(text("#lead-consultant")).isEqualTo("李娜");
		assertThat(text("#lead-sla")).contains("First contact due");

		// first contact: the clock stops and the lead leaves the top of the queue
		new Select(find("#followup-kind")).selectByValue("CALL");
		new Select(find("#followup-outcome")).selectByValue("REACHED");
		find("#followup-note").sendKeys("周六来店试驾");
		find("#followup-submit").click();
		waitUpTo(5).until(browser -> !driver().findElements(By.cssSelector("#lead-follow-ups li")).isEmpty());
		assertThat(text("#lead-follow-ups")).contains("Call").contains("周六来店试驾");
		assertThat(driver().findElements(By.cssSelector("#lead-sla"))).isEmpty();
		assertThat(text("#lead-status")).isEqualTo("Contacted");
	}

}
