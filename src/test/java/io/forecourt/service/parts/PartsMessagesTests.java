package io.forecourt.service.parts;

import java.util.Properties;

import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both parts console languages say everything, and every movement, reason and unit has
 * words.
 */
class PartsMessagesTests {

	private final Properties english = MessageBundles.load("i18n/service-parts.properties");

	private final Properties chinese = MessageBundles.load("i18n/service-parts_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english.stringPropertyNames()).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("service-parts."));
	}

	@Test
	void everyMovementReasonAndUnitHasWords() {
		for (MovementKind kind : MovementKind.values()) {
			assertThat(this.english).containsKey("service-parts.kind." + kind);
		}
		for (AdjustmentReason reason : AdjustmentReason.values()) {
			assertThat(this.english).containsKey("service-parts.reason." + reason);
		}
		for (PartUnit unit : PartUnit.values()) {
			assertThat(this.english).containsKey("service-parts.unit." + unit);
		}
		assertThat(this.chinese.getProperty("service-parts.nav.stock")).isEqualTo("配件库存");
	}

}
