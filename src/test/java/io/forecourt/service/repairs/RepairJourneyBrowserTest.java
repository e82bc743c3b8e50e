package io.forecourt.service.repairs;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.NewUser;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.service.ServiceWork;
import io.forecourt.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * From booking to a delivered repair order in a real browser: the appointment is booked
 * and checked in over the API, the advisor opens the repair order on the workshop board,
 * inspects, sends extra work; the owner approves it on the progress page, kept open in a
 * second tab; the advisor moves the order on to delivered on the board, and the owner's
 * page shows each step as it changes, by polling, without a reload.
 */
class RepairJourneyBrowserTest extends BrowserTest {

	private static final String PASSWORD = "test-password";

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	@Test
	void anAppointmentBecomesADeliveredRepairOrderWhileTheOwnerWatches() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		ServiceWork work = new ServiceWork(mvc, this.jdbc, this.accounts, this.clock);
		RepairWork repairs = new RepairWork(work);
		ServiceWork.Dealer dealer = work.workshop(2, 2);
		UUID appointment = repairs.checkedIn(dealer, ServiceWork.vin());
		String advisor = "rb" + Long.toString(System.nanoTime(), 36);
		CurrentAccess.asSystem(() -> this.accounts.createUser(new NewUser(advisor, "周 顾问", PASSWORD,
				Set.of(Role.SERVICE_ADVISOR), AccessScope.dealer(dealer.id()), null, false)));

		// the advisor opens the repair order from the board
		loginAs(advisor, PASSWORD);
		open("/service/workshop-board?lang=en");
		find("form[data-appointment='" + appointment + "'] input[name=ownerFirstName]").sendKeys("晴");
		find("form[data-appointment='" + appointment + "'] button.open-repair-order").click();
		waitUpTo(10).until(browser -> path().startsWith("/service/repair-orders/"));
		String order = path().substring(path().lastIndexOf('/') + 1);
		String progress = find("#progress-link").getAttribute("href");
		String advisorTab = driver().getWindowHandle();

		// the owner opens their link in a second tab and keeps it open
		driver().switchTo().newWindow(WindowType.TAB);
		String ownerTab = driver().getWindowHandle();
		driver().get(progress + "?lang=en");
		assertThat(text("#progress-greeting")).contains("晴");
		awaitOwnerStep("RECEPTION");
		script("window.stillTheSamePage = true");

		// inspection finds extra work, sent to the owner
		driver().switchTo().window(advisorTab);
		find("#move-next").click();
		waitUpTo(10).until(browser -> "INSPECTION".equals(find("#repair-step").getAttribute("data-step")));
		find("#line-description").sendKeys("更换刹车片");
		find("#line-quantity").sendKeys("1.5");
		find("#add-line").click();
		waitUpTo(10).until(
				browser -> !browser.findElements(By.cssSelector("#repair-lines tr[data-status='PROPOSED']")).isEmpty());
		find("#send-extra-work").click();
		waitUpTo(10).until(browser -> "WAITING_FOR_APPROVAL".equals(find("#repair-step").getAttribute("data-step")));

		// the owner's page shows it by itself, and they approve
		driver().switchTo().window(ownerTab);
		awaitOwnerStep("WAITING_FOR_APPROVAL");
		find("#approval-form input[id^='approve-']").click();
		find("#approval-submit").click();
		awaitOwnerStep("IN_REPAIR");
		assertThat(text("#progress-charged")).contains("450.00");

		// the advisor moves it on to delivered on the board; the owner sees each step
		for (String step : List.of("QUALITY_CHECK", "WASHING", "READY_FOR_PICKUP", "DELIVERED")) {
			driver().switchTo().window(advisorTab);
			open("/service/workshop-board?lang=en");
			find("[data-repair-order='" + order + "'] .board-move[data-to='" + step + "']").click();
			if (!step.equals("DELIVERED")) {
				waitUpTo(10).until(browser -> !browser
					.findElements(By.cssSelector("[data-column='" + step + "'] [data-repair-order='" + order + "']"))
					.isEmpty());
			}
			driver().switchTo().window(ownerTab);
			awaitOwnerStep(step);
		}
		assertThat(find("#progress-steps li[data-step='DELIVERED']").getAttribute("data-reached")).isEqualTo("true");
		assertThat(driver().getPageSource()).doesNotContain(dealer.id().toString());
		driver().switchTo().window(advisorTab);
		open("/service/workshop-board?lang=en");
		find("#workshop-board");
		assertThat(driver().findElements(By.cssSelector("[data-repair-order='" + order + "']"))).isEmpty();
		assertThat(work.count("SELECT count(*) FROM service_history WHERE repair_order_id = ?", UUID.fromString(order)))
			.isEqualTo(1);
	}

	/**
	 * Waits for the owner's page to show the step, polled: the page itself never reloads.
	 */
	private void awaitOwnerStep(String step) {
		waitUpTo(30).until(browser -> step.equals(find("#progress-panel").getAttribute("data-step")));
		assertThat(find("#progress-steps li[data-step='" + step + "']").getAttribute("data-current")).isEqualTo("true");
		if (!"RECEPTION".equals(step)) {
			assertThat(script("return window.stillTheSamePage === true")).as("the owner's page was not reloaded")
				.isEqualTo(true);
		}
	}

}
