package io.forecourt.sales.payments;

import java.util.Properties;

import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages of the simulated checkout page say everything. */
class SalesPaymentsMessagesTests {

	private final Properties english = MessageBundles.load("i18n/sales-payments.properties");

	private final Properties chinese = MessageBundles.load("i18n/sales-payments_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english.stringPropertyNames()).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("sales-payments."));
		assertThat(this.chinese.getProperty("sales-payments.checkout.pay")).isEqualTo("确认支付");
	}

}
