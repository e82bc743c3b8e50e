package io.forecourt.kernel.console;

import java.io.IOException;
import java.util.Properties;

import io.forecourt.support.MessageBundles;

import io.forecourt.kernel.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both console languages say everything, and the Chinese bundle is read as UTF-8. */
class ConsoleMessagesTests {

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		Properties english = load("i18n/console.properties");
		Properties chinese = load("i18n/console_zh_CN.properties");

		assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		assertThat(chinese.values()).allSatisfy((value) -> assertThat(value.toString()).isNotBlank());
	}

	@Test
	void everyRoleHasAName() throws IOException {
		Properties english = load("i18n/console.properties");
		for (Role role : Role.values()) {
			assertThat(english).containsKey("console.role." + role.name());
		}
	}

	@Test
	void theChineseBundleIsUtf8() throws IOException {
		assertThat(load("i18n/console_zh_CN.properties").getProperty("console.nav.home")).isEqualTo("首页");
	}

	private static Properties load(String path) {
		return MessageBundles.load(path);
	}

}
