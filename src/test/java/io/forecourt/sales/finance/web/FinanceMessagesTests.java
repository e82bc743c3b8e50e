package io.forecourt.sales.finance.web;

import java.util.Properties;

import io.forecourt.sales.finance.FeeTreatment;
import io.forecourt.sales.finance.RepaymentMethod;
import io.forecourt.sales.finance.ScheduleRow;
import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both calculator languages say everything, and every method and line kind has words. */
class FinanceMessagesTests {

	private final Properties english = MessageBundles.load("i18n/sales-finance.properties");

	private final Properties chinese = MessageBundles.load("i18n/sales-finance_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english.stringPropertyNames()).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("sales-finance."));
	}

	@Test
	void everyMethodFeeTreatmentAndLineKindHasWords() {
		for (RepaymentMethod method : RepaymentMethod.values()) {
			assertThat(this.english).containsKey("sales-finance.method." + method);
		}
		for (FeeTreatment treatment : FeeTreatment.values()) {
			assertThat(this.english).containsKey("sales-finance.feeTreatment." + treatment);
		}
		for (ScheduleRow.Kind kind : ScheduleRow.Kind.values()) {
			assertThat(this.english).containsKey("sales-finance.kind." + kind);
		}
		assertThat(this.chinese.getProperty("sales-finance.method.EQUAL_INSTALLMENT")).isEqualTo("等额本息");
		assertThat(this.chinese.getProperty("sales-finance.method.EQUAL_PRINCIPAL")).isEqualTo("等额本金");
	}

}
