package io.forecourt.kernel.console;

import io.forecourt.kernel.security.Permission;
import io.forecourt.support.ConsoleWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.support.TestPrincipals.CONSULTANT;
import static io.forecourt.support.TestPrincipals.HQ;
import static io.forecourt.support.TestPrincipals.authenticated;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The menu shows what the user's permissions allow, in order, whichever module declared
 * it.
 */
@ConsoleWebTest
@Import(ConsoleNavigationWebTests.SampleModules.class)
class ConsoleNavigationWebTests {

	@Autowired
	MockMvc mvc;

	@Test
	void headquartersSeesEveryEntryItsPermissionsAllowInMenuOrder() throws Exception {
		this.mvc.perform(get("/").with(authentication(authenticated(HQ))))
			.andExpect(content().string(stringContainsInOrder("data-nav-id=\"console.home\"",
					"data-nav-id=\"sample.read\"", "data-nav-id=\"sample.write\"", "data-nav-id=\"sample.audit\"")))
			.andExpect(content().string(not(containsString("data-nav-id=\"sample.accounts\""))));
	}

	@Test
	void aConsultantSeesOnlyWhatReadingTheNetworkAllows() throws Exception {
		this.mvc.perform(get("/").with(authentication(authenticated(CONSULTANT))))
			.andExpect(content().string(containsString("data-nav-id=\"console.home\"")))
			.andExpect(content().string(containsString("data-nav-id=\"sample.read\"")))
			.andExpect(content().string(not(containsString("data-nav-id=\"sample.write\""))))
			.andExpect(content().string(not(containsString("data-nav-id=\"sample.audit\""))));
	}

	@Test
	void theHomePageOffersTheVisibleEntriesAsWorkspacesButNotItself() throws Exception {
		this.mvc.perform(get("/").with(authentication(authenticated(CONSULTANT))))
			.andExpect(content().string(containsString(
					"class=\"card h-100 text-decoration-none console-workspace\" href=\"/sample/read\"")))
			.andExpect(content().string(not(containsString("console-workspace\" href=\"/\""))));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SampleModules {

		// Declared out of order on purpose: the menu sorts them.
		@Bean
		NavEntry sampleAudit() {
			return new NavEntry("sample.audit", "sample.nav.audit", "/sample/audit", 1000, Permission.AUDIT_READ);
		}

		@Bean
		NavEntry sampleWrite() {
			return new NavEntry("sample.write", "sample.nav.write", "/sample/write", 210, Permission.NETWORK_WRITE);
		}

		@Bean
		NavEntry sampleRead() {
			return new NavEntry("sample.read", "sample.nav.read", "/sample/read", 200, Permission.NETWORK_READ);
		}

		@Bean
		NavEntry sampleAccounts() {
			return new NavEntry("sample.accounts", "sample.nav.accounts", "/sample/accounts", 1010,
					Permission.MANAGE_ACCOUNTS);
		}

	}

}
