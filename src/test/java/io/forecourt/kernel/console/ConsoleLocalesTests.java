package io.forecourt.kernel.console;

import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConsoleLocalesTests {

	@Test
	void everyVariantOfAConsoleLanguageMapsToIt() {
		assertThat(ConsoleLocales.supported(Locale.forLanguageTag("zh-TW"))).contains(Locale.SIMPLIFIED_CHINESE);
		assertThat(ConsoleLocales.supported(Locale.forLanguageTag("en-GB"))).contains(Locale.ENGLISH);
		assertThat(ConsoleLocales.supported(Locale.FRENCH)).isEmpty();
	}

	@Test
	void theDefaultLocaleIsConfigurableButMustBeAConsoleLanguage() {
		assertThat(new ConsoleProperties(Locale.forLanguageTag("en-US"), ZoneId.of("UTC")).defaultLocale())
			.isEqualTo(Locale.ENGLISH);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ConsoleProperties(Locale.GERMAN, ZoneId.of("Asia/Shanghai")));
	}

	@Test
	void theSwitcherAcceptsBothSpellingsOfChinese() throws Exception {
		for (String lang : new String[] { "zh-CN", "zh_CN" }) {
			CookieLocaleResolver resolver = new CookieLocaleResolver(ConsoleConfiguration.LANGUAGE_COOKIE);
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
			request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, resolver);
			request.setParameter("lang", lang);

			new ConsoleLocales.ChangeInterceptor().preHandle(request, new MockHttpServletResponse(), new Object());

			assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		}
	}

}
