package io.forecourt.kernel.console;

import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Console settings ({@code forecourt.console.*}).
 *
 * @param defaultLocale the language of a browser that has not chosen one: Simplified
 * Chinese, the product's home market, unless configured otherwise
 * @param defaultZone the zone timestamps are shown in until viewers can choose their own
 */
@ConfigurationProperties("forecourt.console")
record ConsoleProperties(@DefaultValue("zh-CN") Locale defaultLocale,
		@DefaultValue("Asia/Shanghai") ZoneId defaultZone) {

	ConsoleProperties {
		Locale configured = defaultLocale;
		defaultLocale = ConsoleLocales.supported(configured)
			.orElseThrow(() -> new IllegalArgumentException(
					"forecourt.console.default-locale must be one of " + ConsoleLocales.ALL + ": " + configured));
	}

}
