package io.forecourt.kernel.console;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

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
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		// A fixed default rather than Accept-Language: the product's market decides.
		resolver.setDefaultLocale(properties.defaultLocale());
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		// Secure exactly when the session cookie is, so plain-http test runs keep it.
		resolver.setCookieSecure(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false));
		return resolver;
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
