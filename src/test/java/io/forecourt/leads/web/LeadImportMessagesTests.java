package io.forecourt.leads.web;

import java.util.Properties;

import io.forecourt.leads.imports.ImportColumn;
import io.forecourt.leads.imports.ImportState;
import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both import console languages say everything, and every column and state has words. */
class LeadImportMessagesTests {

	private final Properties english = MessageBundles.load("i18n/leads-import.properties");

	private final Properties chinese = MessageBundles.load("i18n/leads-import_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("leads-import."));
	}

	@Test
	void everyColumnAndStateHasWords() {
		for (ImportColumn column : ImportColumn.values()) {
			assertThat(this.english).containsKey("leads-import.column." + column.header());
		}
		for (ImportState state : ImportState.values()) {
			assertThat(this.english).containsKey("leads-import.state." + state);
		}
		assertThat(this.chinese.getProperty("leads-import.nav")).isEqualTo("线索导入");
	}

}
