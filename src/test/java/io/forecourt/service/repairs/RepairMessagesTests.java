package io.forecourt.service.repairs;

import java.util.Properties;

import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The repair order texts exist in both languages, for every step and line status. */
class RepairMessagesTests {

	private final Properties english = MessageBundles.load("i18n/service-repairs.properties");

	private final Properties chinese = MessageBundles.load("i18n/service-repairs_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english.stringPropertyNames()).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames())
			.allSatisfy(key -> assertThat(key).startsWith("service-repairs."));
	}

	@Test
	void everyStepLineStatusAndKindHasWords() {
		for (RepairStep step : RepairStep.values()) {
			assertThat(this.english).containsKey("service-repairs.step." + step);
		}
		for (RepairLine.Status status : RepairLine.Status.values()) {
			assertThat(this.english).containsKey("service-repairs.line." + status);
		}
		for (RepairLine.Kind kind : RepairLine.Kind.values()) {
			assertThat(this.english).containsKey("service-repairs.kind." + kind);
		}
		assertThat(this.chinese.getProperty("service-repairs.board.nav")).isEqualTo("车间看板");
	}

}
