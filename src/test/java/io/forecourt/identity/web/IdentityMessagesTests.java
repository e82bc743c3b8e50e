package io.forecourt.identity.web;

import java.util.Properties;

import io.forecourt.identity.IdentityKind;
import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both One ID console languages say everything, and every identity kind, lifecycle stage
 * and search choice has its words.
 */
class IdentityMessagesTests {

	private final Properties english = MessageBundles.load("i18n/identity.properties");

	private final Properties chinese = MessageBundles.load("i18n/identity_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("identity."));
	}

	@Test
	void everyKindStageAndSearchChoiceHasWords() {
		for (IdentityKind kind : IdentityKind.values()) {
			assertThat(this.english).containsKey("identity.kind." + kind);
		}
		for (String stage : new String[] { "PROSPECT", "LEAD", "BUYER", "OWNER", "LOST" }) {
			assertThat(this.english).containsKey("identity.stage." + stage);
		}
		for (String kind : CustomerSearch.KINDS) {
			assertThat(this.english).containsKey(CustomerSearch.label(kind));
		}
	}

	@Test
	void theChineseBundleIsUtf8() {
		assertThat(this.chinese.getProperty("identity.nav.customers")).isEqualTo("客户");
	}

}
