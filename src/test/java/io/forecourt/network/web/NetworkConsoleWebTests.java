package io.forecourt.network.web;

import java.util.UUID;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ConsoleWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.network.web.DealerConsoleWebTests.as;
import static io.forecourt.network.web.DealerConsoleWebTests.principal;
import static io.forecourt.support.TestPrincipals.HQ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Regions, staff, the menu and the navbar's scope names. */
@ConsoleWebTest
class NetworkConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMenuOffersTheNetworkPagesToWhoeverMayReadIt() throws Exception {
		this.mvc.perform(get("/").with(as(principal(Role.SALES_CONSULTANT, AccessScope.dealer(dealerId("SH-001"))))))
			.andExpect(content().string(allOf(containsString("data-nav-id=\"network.dealers\""),
					containsString("data-nav-id=\"network.regions\""),
					containsString("data-nav-id=\"network.staff\""))));
	}

	@Test
	void theNavbarNamesTheUsersDealerAndRegionInTheirLanguage() throws Exception {
		this.mvc.perform(get("/").with(as(principal(Role.SALES_CONSULTANT, AccessScope.dealer(dealerId("SH-001"))))))
			.andExpect(content().string(containsString("经销商：上海虹桥前庭汽车4S店")));
		this.mvc
			.perform(get("/?lang=en").with(as(principal(Role.REGION_MANAGER, AccessScope.region(regionId("EAST"))))))
			.andExpect(content().string(containsString("Region: East China")));
	}

	@Test
	void regionsAreListedWithTheirDealerCounts() throws Exception {
		this.mvc.perform(get("/regions?lang=en").with(as(HQ)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-region-code=\"EAST\""), containsString("data-region-code=\"NORTH\""),
						containsString("East China"), containsString("id=\"new-region\""))));
	}

	@Test
	void headquartersCreatesAndRenamesARegion() throws Exception {
		String code = "R" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 6);
		this.mvc
			.perform(post("/regions").param("code", code)
				.param("nameZh", "西北大区")
				.param("nameEn", "Northwest China")
				.with(as(HQ))
				.with(csrf()))
			.andExpect(redirectedUrl("/regions"));
		UUID id = regionId(code);
		this.mvc
			.perform(post("/regions/" + id).param("version", "0")
				.param("nameZh", "西北大区")
				.param("nameEn", "Northwest")
				.with(as(HQ))
				.with(csrf()))
			.andExpect(redirectedUrl("/regions"));
		assertThat(this.jdbc.sql("SELECT name_en FROM regions WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("Northwest");
		this.mvc
			.perform(post("/regions").param("code", code)
				.param("nameZh", "")
				.param("nameEn", "Again")
				.with(as(HQ))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"e-nameZh\"")));
		this.mvc
			.perform(post("/regions?lang=en").param("code", code)
				.param("nameZh", "西北")
				.param("nameEn", "Again")
				.with(as(HQ))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Another region already has this code.")));
	}

	@Test
	void aRegionManagerCannotCreateRegions() throws Exception {
		ForecourtPrincipal east = principal(Role.REGION_MANAGER, AccessScope.region(regionId("EAST")));
		this.mvc.perform(get("/regions").with(as(east)))
			.andExpect(content().string(allOf(containsString("data-region-code=\"EAST\""),
					not(containsString("data-region-code=\"NORTH\"")), not(containsString("id=\"new-region\"")))));
		this.mvc.perform(get("/regions/new").with(as(east))).andExpect(status().isForbidden());
	}

	@Test
	void staffPhonesAreMaskedForUsersWithoutPersonalData() throws Exception {
		UUID sh001 = dealerId("SH-001");
		this.mvc.perform(get("/staff").with(as(principal(Role.SALES_CONSULTANT, AccessScope.dealer(sh001)))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"staff-masked\""),
					matchesPattern("(?s).*class=\"font-monospace staff-phone\">\\d{3}\\*+\\d{4}<.*"),
					not(containsString("id=\"new-staff\"")))));
		this.mvc.perform(get("/staff").param("dealerId", sh001.toString()).with(as(HQ)))
			.andExpect(content().string(allOf(not(containsString("id=\"staff-masked\"")),
					matchesPattern("(?s).*class=\"font-monospace staff-phone\">\\+86\\d+<.*"))));
	}

	@Test
	void theStaffDealerChoiceIsLimitedToVisibleDealers() throws Exception {
		this.mvc
			.perform(get("/staff/new").with(as(principal(Role.DEALER_MANAGER, AccessScope.dealer(dealerId("SH-001"))))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("SH-001"), not(containsString("BJ-001")))));
	}

	@Test
	void aManagerHiresAndRevisesStaffAndBadInputIsShownAtTheFields() throws Exception {
		UUID sh001 = dealerId("SH-001");
		ForecourtPrincipal manager = principal(Role.DEALER_MANAGER, AccessScope.dealer(sh001));
		long before = staffCount();
		this.mvc
			.perform(post("/staff").param("dealerId", sh001.toString())
				.param("name", "")
				.param("phone", "12345")
				.param("email", "not-an-email")
				.with(as(manager))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"e-name\""), containsString("id=\"e-email\""),
					containsString("id=\"e-roles\""))));
		assertThat(staffCount()).isEqualTo(before);

		this.mvc
			.perform(post("/staff").param("dealerId", sh001.toString())
				.param("name", "赵测试")
				.param("phone", "13912345678")
				.param("roles", "SALES_CONSULTANT", "SERVICE_ADVISOR")
				.with(as(manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/staff?dealerId=" + sh001));
		UUID id = this.jdbc.sql("SELECT id FROM staff WHERE name = '赵测试'").query(UUID.class).single();
		// Unticked "active" sends nothing: the member leaves.
		this.mvc
			.perform(post("/staff/" + id).param("version", "0")
				.param("name", "赵测试")
				.param("phone", "13912345678")
				.param("roles", "SALES_CONSULTANT")
				.with(as(manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/staff?dealerId=" + sh001));
		assertThat(this.jdbc.sql("SELECT active FROM staff WHERE id = ?").param(id).query(Boolean.class).single())
			.isFalse();
	}

	@Test
	void aDealerThatDoesNotExistIsAConsoleNotFoundPage() throws Exception {
		this.mvc.perform(get("/dealers/" + UUID.randomUUID()).with(as(HQ))).andExpect(status().isNotFound());
	}

	private long staffCount() {
		return this.jdbc.sql("SELECT count(*) FROM staff").query(Long.class).single();
	}

	private UUID dealerId(String code) {
		return this.jdbc.sql("SELECT id FROM dealers WHERE code = ?").param(code).query(UUID.class).single();
	}

	private UUID regionId(String code) {
		return this.jdbc.sql("SELECT id FROM regions WHERE code = ?").param(code).query(UUID.class).single();
	}

}
