package io.forecourt.kernel.console;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The languages the console speaks: Simplified Chinese and English. */
final class ConsoleLocales {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final Locale ENGLISH = Locale.ENGLISH;

	static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

	private ConsoleLocales() {
	}

	/** The supported locale closest to the requested one, if the language is spoken. */
	static Optional<Locale> supported(Locale requested) {
		return switch (requested.getLanguage()) {
			case "zh" -> Optional.of(CHINESE);
			case "en" -> Optional.of(ENGLISH);
			default -> Optional.empty();
		};
	}

	/**
	 * Switches language on {@code ?lang=zh-CN} or {@code ?lang=en}; ignores a language we
	 * do not speak instead of remembering it in the cookie.
	 */
	static final class ChangeInterceptor extends LocaleChangeInterceptor {

		ChangeInterceptor() {
			setParamName("lang");
			setIgnoreInvalidLocale(true);
		}

		@Override
		protected Locale parseLocaleValue(String localeValue) {
			Locale parsed = super.parseLocaleValue(localeValue);
			return supported(parsed == null ? Locale.ROOT : parsed)
				.orElseThrow(() -> new IllegalArgumentException("Unsupported console language: " + localeValue));
		}

	}

}
