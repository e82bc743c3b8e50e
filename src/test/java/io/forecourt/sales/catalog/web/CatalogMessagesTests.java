package io.forecourt.sales.catalog.web;

import java.util.Properties;

import io.forecourt.sales.catalog.ChoiceKind;
import io.forecourt.sales.catalog.RuleType;
import io.forecourt.sales.catalog.ViolationType;
import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both catalog languages say everything, and every rule, kind and violation has words.
 */
class CatalogMessagesTests {

	private final Properties english = MessageBundles.load("i18n/sales-catalog.properties");

	private final Properties chinese = MessageBundles.load("i18n/sales-catalog_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("sales-catalog."));
	}

	@Test
	void everyViolationRuleAndKindHasWords() {
		for (ViolationType type : ViolationType.values()) {
			assertThat(this.english).containsKey("sales-catalog.violation." + type);
		}
		for (RuleType type : RuleType.values()) {
			assertThat(this.english).containsKey("sales-catalog.rule." + type);
		}
		for (ChoiceKind kind : ChoiceKind.values()) {
			assertThat(this.english).containsKey("sales-catalog.kind." + kind);
		}
		assertThat(this.chinese.getProperty("sales-catalog.nav.configurator")).isEqualTo("车型配置器");
	}

	@Test
	void messagesWithoutArgumentsHaveNoDoubledApostrophes() {
		// Spring applies MessageFormat (which turns '' into ') only to messages with
		// arguments; elsewhere '' would show as typed
		this.english.forEach((key, value) -> {
			if (!value.toString().contains("{0}")) {
				assertThat(value.toString()).as(key.toString()).doesNotContain("''");
			}
		});
	}

}
