package io.forecourt.service.parts;

import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.service.ServiceTest;
import io.forecourt.service.ServiceWork;
import io.forecourt.support.DemoRecords;
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
 * The parts pages: the stock list with low stock highlighted, counted and filtered, in
 * both languages and only for the viewer's dealer; goods received once from the form; the
 * stocktake for managers; the part master that HQ adds to; the demo's low parts.
 */
@ServiceTest
class PartsConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	java.time.Clock clock;

	PartsWork parts;

	ServiceWork.Dealer dealer;

	String low;

	String fine;

	@BeforeAll
	void fixture() throws Exception {
		this.parts = new PartsWork(new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock));
		this.dealer = this.parts.work.dealer();
		this.low = this.parts.onShelf(this.dealer, "CLOW", 2, 5);
		this.fine = this.parts.onShelf(this.dealer, "CFINE", 20, 5);
	}

	@Test
	void advisorsSeeTheirPartsWithLowStockHighlightedAndCountedInBothLanguages() throws Exception {
		ForecourtPrincipal advisor = staff(Role.SERVICE_ADVISOR, this.dealer.id());
		String page = this.mvc
			.perform(get("/service/parts-stock").param("lang", "en")
				.with(authentication(TestPrincipals.authenticated(advisor))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Parts stock"), containsString("Low stock: 1"),
					containsString(this.low), containsString(this.fine), containsString("parts-receive-link"),
					not(containsString("id=\"dealerId\"")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(page, this.low)).contains("table-warning").contains("parts-low");
		assertThat(row(page, this.fine)).doesNotContain("table-warning").doesNotContain("parts-low");

		this.mvc
			.perform(get("/service/parts-stock").param("lang", "zh-CN")
				.with(authentication(TestPrincipals.authenticated(advisor))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("配件库存"), containsString("低库存：1"))));
		this.mvc
			.perform(get("/service/parts-stock").param("low", "true")
				.header("HX-Request", "true")
				.with(authentication(TestPrincipals.authenticated(advisor))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(this.low), not(containsString(this.fine)), not(containsString("<html")))));

		// another dealer's staff see none of it, and asking for it by id is not found
		ServiceWork.Dealer other = this.parts.work.dealer();
		ForecourtPrincipal stranger = staff(Role.DEALER_MANAGER, other.id());
		this.mvc.perform(get("/service/parts-stock").with(authentication(TestPrincipals.authenticated(stranger))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.low))));
		this.mvc
			.perform(get("/service/parts-stock").param("dealerId", this.dealer.id().toString())
				.with(authentication(TestPrincipals.authenticated(stranger))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/service/parts-stock/" + this.dealer.id() + "/" + this.low)
				.with(authentication(TestPrincipals.authenticated(stranger))))
			.andExpect(status().isNotFound());
	}

	@Test
	void hqSeesTheDemoDealersLowParts() throws Exception {
		UUID sh001 = DemoRecords.dealer(this.jdbc, "SH-001");
		this.mvc
			.perform(get("/service/parts-stock").param("dealerId", sh001.toString())
				.param("low", "true")
				.param("lang", "en")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("HX5205010-00"), containsString("Wiper blades"),
					containsString("HX3703010-20"), not(containsString("HX1109020-00")),
					containsString("id=\"dealerId\""))));
	}

	@Test
	void goodsAreReceivedOnceFromTheFormAndProblemsShowAtTheirLines() throws Exception {
		ForecourtPrincipal advisor = staff(Role.SERVICE_ADVISOR, this.dealer.id());
		String part = this.parts.part("CRCV");
		this.mvc
			.perform(get("/service/parts-stock/receive").param("lang", "en")
				.with(authentication(TestPrincipals.authenticated(advisor))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Receive goods"), containsString("name=\"token\""))));
		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/service/parts-stock/receive").param("dealerId", this.dealer.id().toString())
					.param("token", token)
					.param("deliveryNote", "DN-77")
					.param("partNumber", part.toLowerCase(), "", "")
					.param("quantity", "7", "", "")
					.param("binLocation", "e-01", "", "")
					.with(csrf())
					.with(authentication(TestPrincipals.authenticated(advisor))))
				.andExpect(redirectedUrl("/service/parts-stock?dealerId=" + this.dealer.id()))
				.andExpect(flash().attributeExists("flash"));
		}
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(7, 0));

		this.mvc
			.perform(post("/service/parts-stock/receive").param("dealerId", this.dealer.id().toString())
				.param("token", UUID.randomUUID().toString())
				.param("partNumber", part, "", "ZZ9-NOT-THERE")
				.param("quantity", "lots", "", "1")
				.param("binLocation", "", "", "")
				.param("lang", "en")
				.with(csrf())
				.with(authentication(TestPrincipals.authenticated(advisor))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("receive-problem"), containsString("quantity: must be 1"),
					containsString("no part ZZ9-NOT-THERE"))));
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(7, 0));
	}

	@Test
	void managersRecordAStocktakeFromThePartsPageAndAdvisorsOnlyReadIt() throws Exception {
		String part = this.parts.onShelf(this.dealer, "CST", 9, 2);
		String url = "/service/parts-stock/" + this.dealer.id() + "/" + part;
		ForecourtPrincipal advisor = staff(Role.SERVICE_ADVISOR, this.dealer.id());
		this.mvc.perform(get(url).param("lang", "en").with(authentication(TestPrincipals.authenticated(advisor))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Goods received"), not(containsString("stocktake-form")))));
		ForecourtPrincipal manager = staff(Role.DEALER_MANAGER, this.dealer.id());
		this.mvc.perform(get(url).param("lang", "zh-CN").with(authentication(TestPrincipals.authenticated(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("stocktake-form"), containsString("盘点"))));
		this.mvc
			.perform(post(url + "/stocktake").param("countedOnHand", "8")
				.param("expectedOnHand", "9")
				.param("reason", "LOST")
				.with(csrf())
				.with(authentication(TestPrincipals.authenticated(manager))))
			.andExpect(redirectedUrl(url))
			.andExpect(flash().attributeExists("flash"));
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(8, 0));
		// a count made against figures that have moved since changes nothing
		this.mvc
			.perform(post(url + "/stocktake").param("countedOnHand", "3")
				.param("expectedOnHand", "9")
				.param("reason", "LOST")
				.with(csrf())
				.with(authentication(TestPrincipals.authenticated(manager))))
			.andExpect(redirectedUrl(url));
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(8, 0));
		this.mvc.perform(get(url).param("lang", "en").with(authentication(TestPrincipals.authenticated(manager))))
			.andExpect(content().string(allOf(containsString("data-kind=\"ADJUSTMENT\""), containsString("Lost"))));
	}

	@Test
	void headquartersAddsPartsOnThePartMasterPage() throws Exception {
		ForecourtPrincipal advisor = staff(Role.SERVICE_ADVISOR, this.dealer.id());
		this.mvc
			.perform(get("/service/parts").param("lang", "en")
				.with(authentication(TestPrincipals.authenticated(advisor))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Part master"), containsString("HX1012010-01"),
					not(containsString("part-create")))));
		String number = PartsWork.newNumber("CM");
		this.mvc
			.perform(post("/service/parts").param("partNumber", number)
				.param("nameZh", "火花塞")
				.param("nameEn", "Spark plug")
				.param("unit", "PIECE")
				.param("listPrice", "36.5")
				.with(csrf())
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(redirectedUrl("/service/parts?search=" + number));
		this.mvc
			.perform(post("/service/parts").param("partNumber", number)
				.param("nameZh", "火花塞")
				.param("nameEn", "Spark plug")
				.param("unit", "PIECE")
				.param("listPrice", "abc")
				.param("lang", "en")
				.with(csrf())
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("part-problem"), containsString("listPrice"))));
		this.mvc
			.perform(get("/service/parts").param("search", number)
				.param("lang", "zh-CN")
				.with(authentication(TestPrincipals.authenticated(TestPrincipals.HQ))))
			.andExpect(content()
				.string(allOf(containsString("火花塞"), containsString("¥36.50"), containsString("part-create"))));
	}

	private static ForecourtPrincipal staff(Role role, UUID dealer) {
		return new ForecourtPrincipal("test:parts-" + role + "-" + dealer, "Parts " + role,
				ForecourtPrincipal.Kind.USER, Set.of(role), AccessScope.dealer(dealer), null);
	}

	private static String row(String page, String part) {
		int at = page.indexOf("data-part=\"" + part + "\"");
		int start = page.lastIndexOf("<tr", at);
		return page.substring(start, page.indexOf("</tr>", at));
	}

}
