package io.forecourt.sales.quotes.web;

import java.util.Properties;

import io.forecourt.sales.quotes.QuoteStatus;
import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both quote console languages say everything, and every status and finance method has
 * words.
 */
class QuoteMessagesTests {

	private final Properties english = MessageBundles.load("i18n/sales-quotes.properties");

	private final Properties chinese = MessageBundles.load("i18n/sales-quotes_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english.stringPropertyNames()).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("sales-quotes."));
	}

	@Test
	void everyStatusAndFinanceMethodHasWords() {
		for (QuoteStatus status : QuoteStatus.values()) {
			assertThat(this.english).containsKey("sales-quotes.status." + status);
		}
		for (String method : new String[] { "EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL", "BALLOON",
				"LEASE_WITH_RESIDUAL" }) {
			assertThat(this.english).containsKey("sales-quotes.finance." + method);
		}
		assertThat(this.chinese.getProperty("sales-quotes.nav")).isEqualTo("报价");
	}

}
