package io.forecourt.kernel.console;

import io.forecourt.support.BrowserTest;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleShellBrowserTest extends BrowserTest {

	@Test
	void theLoginPageSpeaksChineseByDefault() {
		open("/login");

		assertThat(find("html").getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(text("h1")).isEqualTo("登录 Forecourt");
		assertThat(find("label[for=username]").getText()).isEqualTo("用户名");
	}

	@Test
	void theSwitcherTurnsTheConsoleEnglishAndTheChoiceIsRemembered() {
		open("/login");
		find("#lang-en").click();

		waitUpTo(5).until((browser) -> "en".equals(find("html").getAttribute("lang")));
		assertThat(text("h1")).isEqualTo("Sign in to Forecourt");

		open("/login");
		assertThat(text("h1")).isEqualTo("Sign in to Forecourt");

		find("#lang-zh-CN").click();
		waitUpTo(5).until((browser) -> "zh-CN".equals(find("html").getAttribute("lang")));
		assertThat(text("h1")).isEqualTo("登录 Forecourt");
	}

	@Test
	void theAssetsFromWebJarsLoad() {
		open("/login");

		assertThat(script("return typeof htmx !== 'undefined' && htmx.version")).asString().startsWith("2.");
		assertThat(script("return typeof bootstrap !== 'undefined'")).isEqualTo(true);
		// Bootstrap's stylesheet is applied: its primary button colour is not the
		// browser's grey.
		assertThat(script("return getComputedStyle(document.querySelector('.btn-primary')).backgroundColor"))
			.isEqualTo("rgb(13, 110, 253)");
	}

	@Test
	void aSignedInUserSeesTheirNameScopeAndRolesThenSignsOut() {
		loginAs("hq.ops", TestPrincipals.DEMO_PASSWORD);

		assertThat(path()).isEqualTo("/");
		assertThat(text("h1")).isEqualTo("欢迎，总部线索运营 HQ Operations");
		assertThat(text("#home-scope")).isEqualTo("全部经销商网络");
		assertThat(text("#console-user .console-user-name")).isEqualTo("总部线索运营 HQ Operations");
		assertThat(find("#console-nav-entries a[data-nav-id='console.home']").getAttribute("class")).contains("active");

		find("#lang-en").click();
		waitUpTo(5).until((browser) -> "en".equals(find("html").getAttribute("lang")));
		assertThat(text("h1")).isEqualTo("Welcome, 总部线索运营 HQ Operations");
		assertThat(text("#home-scope")).isEqualTo("Entire network");

		logout();
		assertThat(text("#console-flash")).contains("You have signed out.");
	}

	@Test
	void wrongCredentialsAreExplained() {
		open("/login");
		find("#username").sendKeys("hq.ops");
		find("#password").sendKeys("not-the-password");
		find("#login-form button[type=submit]").click();

		waitUpTo(5).until((browser) -> driver().getCurrentUrl().contains("error"));
		assertThat(text("#console-flash")).contains("用户名或密码错误");
	}

	@Test
	void htmxRequestsThatChangeThingsCarryTheCsrfToken() {
		loginAs("hq.ops", TestPrincipals.DEMO_PASSWORD);

		// Without the token Spring Security would answer 403 and the user stay signed in.
		script("htmx.ajax('POST', '/logout', {target: '#content'})");

		waitUpTo(5).until((browser) -> path().equals("/login"));
		open("/");
		assertThat(path()).isEqualTo("/login");
	}

	@Test
	void anUnknownPageShowsTheFriendlyErrorInsideTheConsole() {
		loginAs("sh001.sales", TestPrincipals.DEMO_PASSWORD);
		open("/no-such-page?lang=en");

		assertThat(text("h1")).isEqualTo("Page not found");
		assertThat(text("#error-status")).isEqualTo("Error 404");
		assertThat(text("#console-user .console-user-name")).isEqualTo("李娜");
	}

}
