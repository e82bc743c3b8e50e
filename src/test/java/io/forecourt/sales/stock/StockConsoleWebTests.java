package io.forecourt.sales.stock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.MutableClock;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stock page: HQ sees every dealer's cars with their ageing highlighted and counted,
 * a dealer's manager only theirs, in both languages; arrival is recorded from the list.
 */
@StockTest
class StockConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	StockFixture stock;

	UUID dealer;

	String oldVin;

	UUID inTransit;

	String transitVin;

	@BeforeAll
	void fixture() throws Exception {
		this.stock = new StockFixture(this.mvc, this.jdbc, this.accounts);
		this.dealer = this.stock.dealer();
		UUID old = this.stock.inStock(this.dealer, "E5-LR", "PEARL-WHITE",
				this.clock.instant().minus(Duration.ofDays(95)));
		this.oldVin = vin(old);
		this.stock.inStock(this.dealer, "S7-COMFORT", "AZURE-BLUE", this.clock.instant().minus(Duration.ofDays(70)));
		this.stock.inStock(this.dealer, "S7-COMFORT", "AZURE-BLUE", this.clock.instant().minus(Duration.ofDays(2)));
		this.inTransit = this.stock.inTransit(this.dealer, "M9-BUSINESS", "OBSIDIAN-BLACK",
				LocalDate.now().plusDays(6));
		this.transitVin = vin(this.inTransit);
	}

	@Test
	void hqSeesTheDealersCarsWithTheirAgeingHighlightedAndCounted() throws Exception {
		String page = this.mvc
			.perform(get("/sales/stock").param("dealerId", this.dealer.toString())
				.param("lang", "en")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Stock by VIN"), containsString(this.oldVin), containsString(this.transitVin),
							containsString("Over 90 days"), containsString("In transit, ETA"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the 95-day car's row is red, the 70-day car's amber; each band is counted
		assertThat(row(page, this.oldVin)).contains("table-danger").contains(">95<");
		assertThat(page).containsPattern(
				"data-ageing=\"DAYS_61_90\"[^>]*table-warning|table-warning[^>]*data-ageing=\"DAYS_61_90\"");
		assertThat(card(page, "DAYS_OVER_90")).contains(">1<");
		assertThat(card(page, "DAYS_61_90")).contains(">1<");
		// the console's shared pager, worded for cars
		assertThat(page).contains("4 cars · page 1 of 1").contains("aria-label=\"Pages\"");
		assertThat(card(page, "DAYS_0_30")).contains(">1<");
		assertThat(page).contains("stock-arrive");

		this.mvc
			.perform(get("/sales/stock").param("dealerId", this.dealer.toString())
				.param("ageing", "DAYS_OVER_90")
				.header("HX-Request", "true")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.oldVin), not(containsString(this.transitVin)),
					not(containsString("<html")))));
	}

	@Test
	void aDealersManagerSeesOnlyTheirCarsInChinese() throws Exception {
		ForecourtPrincipal mine = manager(this.dealer);
		this.mvc
			.perform(
					get("/sales/stock").param("lang", "zh-CN").with(authentication(TestPrincipals.authenticated(mine))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("整车库存"), containsString(this.oldVin),
					containsString("90 天以上"), containsString("共 4 辆 · 第 1 / 1 页"), containsString("aria-label=\"分页\""),
					not(containsString("id=\"dealerId\"")))));
		UUID other = this.stock.dealer();
		this.mvc.perform(get("/sales/stock").with(authentication(TestPrincipals.authenticated(manager(other)))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.oldVin))));
	}

	@Test
	void theManagerRecordsAnArrivalFromTheList() throws Exception {
		// a dealer of its own: the other tests count this one's cars
		UUID dealer = this.stock.dealer();
		UUID car = this.stock.inTransit(dealer, "E5-STD", "CINNABAR-RED", LocalDate.now().plusDays(2));
		this.mvc
			.perform(post("/sales/stock/" + car + "/arrival").param("version", "0")
				.param("back", "/sales/stock?dealerId=" + dealer)
				.with(csrf())
				.with(authentication(TestPrincipals.authenticated(manager(dealer)))))
			.andExpect(redirectedUrl("/sales/stock?dealerId=" + dealer))
			.andExpect(flash().attributeExists("flash"));
		assertThat(
				this.jdbc.sql("SELECT status FROM stock_vehicles WHERE id = ?").param(car).query(String.class).single())
			.isEqualTo("IN_STOCK");
		// a consultant reads stock but records no arrival
		UUID coming = this.stock.inTransit(dealer, "E5-STD", "CINNABAR-RED", LocalDate.now().plusDays(3));
		ForecourtPrincipal consultant = new ForecourtPrincipal("test:hh-sales", "HH Sales",
				ForecourtPrincipal.Kind.USER, Set.of(Role.SALES_CONSULTANT), AccessScope.dealer(dealer), null);
		this.mvc.perform(get("/sales/stock").with(authentication(TestPrincipals.authenticated(consultant))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(vin(coming)), not(containsString("stock-arrive")))));
	}

	private static ForecourtPrincipal manager(UUID dealer) {
		return new ForecourtPrincipal("test:hh-manager-" + dealer, "HH Manager", ForecourtPrincipal.Kind.USER,
				Set.of(Role.DEALER_MANAGER), AccessScope.dealer(dealer), null);
	}

	private String vin(UUID car) {
		return this.jdbc.sql("SELECT vin FROM stock_vehicles WHERE id = ?").param(car).query(String.class).single();
	}

	private static String row(String page, String vin) {
		int at = page.indexOf("data-vin=\"" + vin + "\"");
		int start = page.lastIndexOf("<tr", at);
		return page.substring(start, page.indexOf("</tr>", at));
	}

	private static String card(String page, String bucket) {
		int at = page.indexOf("data-ageing=\"" + bucket + "\"");
		int start = page.lastIndexOf("<a", at);
		return page.substring(start, page.indexOf("</a>", at));
	}

}
