package io.forecourt.sales.stock;

import java.util.Properties;

import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both stock console languages say everything, and every status and ageing band has
 * words.
 */
class StockMessagesTests {

	private final Properties english = MessageBundles.load("i18n/sales-stock.properties");

	private final Properties chinese = MessageBundles.load("i18n/sales-stock_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english.stringPropertyNames()).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("sales-stock."));
	}

	@Test
	void everyStatusAndAgeingBandHasWords() {
		for (StockStatus status : StockStatus.values()) {
			assertThat(this.english).containsKey("sales-stock.status." + status);
		}
		for (AgeingBucket bucket : AgeingBucket.values()) {
			assertThat(this.english).containsKey("sales-stock.ageing." + bucket);
		}
		assertThat(this.chinese.getProperty("sales-stock.nav")).isEqualTo("库存");
	}

}
