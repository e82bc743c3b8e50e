package io.forecourt.kernel.console;

import java.util.UUID;

import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ConsoleWebTest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;

import static io.forecourt.support.TestPrincipals.HQ;
import static io.forecourt.support.TestPrincipals.authenticated;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ConsoleWebTest
class ConsoleLayoutWebTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theConsoleRequiresSignIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theLayoutShowsTheUserTheirScopeAndRolesInChineseByDefault() throws Exception {
		this.mvc.perform(get("/").with(authentication(authenticated(HQ))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")))
			.andExpect(content().string(containsString("欢迎，Wang Fang")))
			.andExpect(content().string(containsString("全部经销商网络")))
			.andExpect(content().string(containsString("主机厂总部")))
			.andExpect(content().string(containsString("时间按 Asia/Shanghai 时区显示")));
	}

	@Test
	void aRegionScopeIsShownByShortIdUntilTheNetworkModuleNamesIt() throws Exception {
		var manager = new ForecourtPrincipal("test:rm", "Zhao Min", ForecourtPrincipal.Kind.USER,
				Set.of(Role.REGION_MANAGER),
				AccessScope.region(UUID.fromString("12345678-aaaa-4bbb-8ccc-000000000000")), null);

		this.mvc.perform(get("/").param("lang", "en").with(authentication(authenticated(manager))))
			.andExpect(content().string(containsString("Region: 12345678")))
			.andExpect(content().string(containsString("Region manager")));
	}

	@Test
	void theLangParameterSwitchesTheTextsAndRemembersTheChoiceInACookie() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("Sign in to Forecourt")))
			.andExpect(cookie().value("FORECOURT_LANG", "en"))
			.andExpect(cookie().httpOnly("FORECOURT_LANG", true))
			.andExpect(cookie().maxAge("FORECOURT_LANG", 365 * 24 * 3600));
	}

	@Test
	void theLanguageCookieKeepsTheConsoleInThatLanguage() throws Exception {
		this.mvc.perform(get("/").cookie(new Cookie("FORECOURT_LANG", "en")).with(authentication(authenticated(HQ))))
			.andExpect(content().string(containsString("Welcome, Wang Fang")))
			.andExpect(content().string(containsString("OEM headquarters")));
	}

	@Test
	void aLanguageTheConsoleDoesNotSpeakIsIgnored() throws Exception {
		this.mvc.perform(get("/login").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登录 Forecourt")))
			.andExpect(cookie().doesNotExist("FORECOURT_LANG"));
	}

	@Test
	void anHtmxRequestGetsOnlyTheFragment() throws Exception {
		this.mvc.perform(get("/").header("HX-Request", "true").with(authentication(authenticated(HQ))))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
			.andExpect(content().string(containsString("id=\"dashboard\"")))
			.andExpect(content().string(containsString("欢迎，Wang Fang")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("console-navbar"))));
	}

	@Test
	void anHtmxHistoryRestoreGetsTheWholePage() throws Exception {
		this.mvc
			.perform(get("/").header("HX-Request", "true")
				.header("HX-History-Restore-Request", "true")
				.with(authentication(authenticated(HQ))))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("console-navbar")));
	}

	@Test
	void pagesCarryTheCsrfTokenForHtmxAndLoadTheirAssetsFromWebJars() throws Exception {
		this.mvc.perform(get("/").with(authentication(authenticated(HQ))))
			.andExpect(content().string(containsString("<meta name=\"_csrf\" content=\"")))
			.andExpect(content().string(containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"")))
			// Templates write versionless paths; the resource chain renders the versioned
			// URL.
			.andExpect(content()
				.string(matchesPattern("(?s).*src=\"/webjars/htmx\\.org/2\\.[0-9.]+/dist/htmx\\.min\\.js\".*")))
			.andExpect(content().string(
					matchesPattern("(?s).*href=\"/webjars/bootstrap/5\\.[0-9.]+/dist/css/bootstrap\\.min\\.css\".*")))
			.andExpect(content().string(containsString("/js/console.js")));
	}

	@Test
	void theVersionlessWebJarPathsResolve() throws Exception {
		// Public once the security branch permits /webjars/**; signed in here either way.
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js").with(authentication(authenticated(HQ))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css").with(authentication(authenticated(HQ))))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/webjars/bootstrap/dist/js/bootstrap.bundle.min.js").with(authentication(authenticated(HQ))))
			.andExpect(status().isOk());
	}

	@Test
	void errorsForBrowsersRenderTheFriendlyPageInsideTheLayout() throws Exception {
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.param("lang", "en")
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/dealers")
				.with(authentication(authenticated(HQ))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Access denied")))
			.andExpect(content().string(containsString("Error 403")))
			.andExpect(content().string(containsString("Wang Fang")));
	}

}
