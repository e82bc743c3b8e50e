package io.forecourt.network.web;

import java.util.Locale;

/**
 * Regions and dealers carry a Chinese and an English name; the console shows the one of
 * the viewer's language first.
 */
final class Names {

	private Names() {
	}

	static boolean chinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}

	static String pick(Locale locale, String nameZh, String nameEn) {
		return chinese(locale) ? nameZh : nameEn;
	}

	static String other(Locale locale, String nameZh, String nameEn) {
		return chinese(locale) ? nameEn : nameZh;
	}

}
