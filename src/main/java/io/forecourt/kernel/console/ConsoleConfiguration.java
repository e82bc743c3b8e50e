package io.forecourt.kernel.console;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Language and time for the console: the language lives in the {@value #LANGUAGE_COOKIE}
 * cookie (no session needed, so it also works on the login page and survives logout),
 * switched with {@code ?lang=}; templates format instants with {@code #instants}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "FORECOURT_LANG";

	@Bean
	LocaleResolver localeResolver(ConsoleProperties properties, Environment environment) {
		CookieLocaleResolver console = new CookieLocaleResolver(LANGUAGE_COOKIE);
		// A fixed default rather than Accept-Language: the product's market decides.
		console.setDefaultLocale(properties.defaultLocale());
		console.setCookieMaxAge(Duration.ofDays(365));
		console.setCookieHttpOnly(true);
		console.setCookieSameSite("Lax");
		// Secure exactly when the session cookie is, so plain-http test runs keep it.
		console.setCookieSecure(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false));
		// API clients are programs: they ask with Accept-Language and get English
		// otherwise.
		AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
		api.setSupportedLocales(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE));
		api.setDefaultLocale(Locale.ENGLISH);
		return new ApiAwareLocaleResolver(console, api);
	}

	/**
	 * The console's cookie-based language for pages; Accept-Language for {@code /api/**}.
	 */
	static final class ApiAwareLocaleResolver implements LocaleResolver {

		private final LocaleResolver console;

		private final LocaleResolver api;

		ApiAwareLocaleResolver(LocaleResolver console, LocaleResolver api) {
			this.console = console;
			this.api = api;
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return isApi(request) ? this.api.resolveLocale(request) : this.console.resolveLocale(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			this.console.setLocale(request, response, locale);
		}

		private static boolean isApi(HttpServletRequest request) {
			return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		}

	}

	@Bean
	ConsoleDialect consoleDialect(ConsoleProperties properties) {
		return new ConsoleDialect(properties.defaultZone());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// The API speaks JSON to programs: no language cookie there.
		registry.addInterceptor(new ConsoleLocales.ChangeInterceptor()).excludePathPatterns("/api/**");
	}

}
