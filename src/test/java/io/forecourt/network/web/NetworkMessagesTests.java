package io.forecourt.network.web;

import java.io.IOException;
import java.time.DayOfWeek;
import java.util.Properties;

import io.forecourt.support.MessageBundles;

import io.forecourt.network.DealerStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both network console languages say everything (the same check as the console shell's
 * bundles), and every status, day and form field has its words.
 */
class NetworkMessagesTests {

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		Properties english = load("i18n/network.properties");
		Properties chinese = load("i18n/network_zh_CN.properties");

		assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		assertThat(chinese.values()).allSatisfy((value) -> assertThat(value.toString()).isNotBlank());
		assertThat(english.stringPropertyNames()).allSatisfy((key) -> assertThat(key).startsWith("network."));
	}

	@Test
	void everyStatusDayAndFieldHasWords() throws IOException {
		Properties english = load("i18n/network.properties");
		for (DealerStatus status : DealerStatus.values()) {
			assertThat(english).containsKey("network.status." + status);
		}
		for (DayOfWeek day : DayOfWeek.values()) {
			assertThat(english).containsKey("network.day." + day);
		}
		for (String field : DealerForm.FIELDS) {
			assertThat(english).containsKey(FormErrors.FIELD_MESSAGE + field);
		}
		for (String field : StaffForm.FIELDS) {
			assertThat(english).containsKey(FormErrors.FIELD_MESSAGE + field);
		}
	}

	@Test
	void theChineseBundleIsUtf8() throws IOException {
		assertThat(load("i18n/network_zh_CN.properties").getProperty("network.nav.dealers")).isEqualTo("经销商");
	}

	private static Properties load(String path) {
		return MessageBundles.load(path);
	}

}
