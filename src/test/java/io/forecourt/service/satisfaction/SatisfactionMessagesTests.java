package io.forecourt.service.satisfaction;

import java.util.Properties;

import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages of the satisfaction pages say everything, every status has words. */
class SatisfactionMessagesTests {

	private final Properties english = MessageBundles.load("i18n/service-satisfaction.properties");

	private final Properties chinese = MessageBundles.load("i18n/service-satisfaction_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames())
			.allSatisfy(key -> assertThat(key).startsWith("service-satisfaction."));
	}

	@Test
	void everyComplaintStatusHasWords() {
		for (ComplaintStatus status : ComplaintStatus.values()) {
			assertThat(this.english).containsKey("service-satisfaction.complaint-status." + status);
		}
		assertThat(this.chinese.getProperty("service-satisfaction.complaints.nav")).isEqualTo("客户投诉");
	}

}
