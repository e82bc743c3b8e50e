package io.forecourt.sales.testdrives;

import java.util.Properties;

import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both test-drive console languages say everything, and every status has words. */
class TestDriveMessagesTests {

	private final Properties english = MessageBundles.load("i18n/sales-testdrives.properties");

	private final Properties chinese = MessageBundles.load("i18n/sales-testdrives_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames())
			.allSatisfy(key -> assertThat(key).startsWith("sales-testdrives."));
	}

	@Test
	void everyStatusInterestAndChannelHasWords() {
		for (BookingStatus status : BookingStatus.values()) {
			assertThat(this.english).containsKey("sales-testdrives.status." + status);
		}
		for (CarStatus status : CarStatus.values()) {
			assertThat(this.english).containsKey("sales-testdrives.car-status." + status);
		}
		for (InterestLevel interest : InterestLevel.values()) {
			assertThat(this.english).containsKey("sales-testdrives.interest." + interest);
		}
		assertThat(this.english).containsKeys("sales-testdrives.channel." + TestDriveBookings.APP,
				"sales-testdrives.channel." + TestDriveBookings.STAFF);
		assertThat(this.chinese.getProperty("sales-testdrives.nav")).isEqualTo("试驾");
	}

}
