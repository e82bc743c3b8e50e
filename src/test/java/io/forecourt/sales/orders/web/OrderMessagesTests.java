package io.forecourt.sales.orders.web;

import java.util.Properties;

import io.forecourt.sales.orders.CancelReason;
import io.forecourt.sales.orders.OrderStatus;
import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both order console languages say everything, and every state and reason has words. */
class OrderMessagesTests {

	private final Properties english = MessageBundles.load("i18n/sales-orders.properties");

	private final Properties chinese = MessageBundles.load("i18n/sales-orders_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english.stringPropertyNames()).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("sales-orders."));
	}

	@Test
	void everyStateAndReasonHasWords() {
		for (OrderStatus status : OrderStatus.values()) {
			assertThat(this.english).containsKey("sales-orders.status." + status);
		}
		for (CancelReason reason : CancelReason.values()) {
			assertThat(this.english).containsKey("sales-orders.reason." + reason);
		}
		assertThat(this.chinese.getProperty("sales-orders.nav")).isEqualTo("订单");
		assertThat(this.chinese.getProperty("sales-orders.status.DELIVERED")).isEqualTo("已交车");
	}

}
