package io.forecourt.presale;

import java.util.Properties;

import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.launch.LaunchCounter;
import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both presale console languages say everything, and every campaign state has words. */
class PresaleMessagesTests {

	private final Properties english = MessageBundles.load("i18n/presale.properties");

	private final Properties chinese = MessageBundles.load("i18n/presale_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english.stringPropertyNames()).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("presale."));
	}

	@Test
	void everyStateHasWords() {
		for (Campaign.State state : Campaign.State.values()) {
			assertThat(this.english).containsKey("presale.state." + state);
			assertThat(this.chinese).containsKey("presale.state." + state);
		}
		assertThat(this.chinese.getProperty("presale.nav")).isEqualTo("预售");
	}

	@Test
	void everyLaunchCounterHasWordsForTheDashboard() {
		for (LaunchCounter counter : LaunchCounter.values()) {
			assertThat(this.english).containsKey("presale.counter." + counter);
			assertThat(this.chinese).containsKey("presale.counter." + counter);
		}
	}

}
