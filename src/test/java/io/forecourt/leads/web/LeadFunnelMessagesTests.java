package io.forecourt.leads.web;

import java.util.Properties;

import io.forecourt.leads.funnel.FunnelGrouping;
import io.forecourt.leads.funnel.FunnelPeriod;
import io.forecourt.leads.funnel.FunnelStage;
import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both funnel page languages say everything, and every stage, breakdown, period and
 * filter the page can reject has its words.
 */
class LeadFunnelMessagesTests {

	private final Properties english = MessageBundles.load("i18n/leads-funnel.properties");

	private final Properties chinese = MessageBundles.load("i18n/leads-funnel_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("leads.funnel."));
	}

	@Test
	void everyStageBreakdownPeriodAndFilterHasWords() {
		for (FunnelStage stage : FunnelStage.values()) {
			assertThat(this.english).containsKey("leads.funnel.stage." + stage);
		}
		for (FunnelGrouping grouping : FunnelGrouping.values()) {
			assertThat(this.english).containsKey("leads.funnel.groupBy." + grouping.parameter());
			if (grouping != FunnelGrouping.NONE) {
				assertThat(this.english).containsKey("leads.funnel.groups." + grouping.parameter())
					.containsKey("leads.funnel.group.none." + grouping.parameter());
			}
		}
		for (FunnelPeriod period : FunnelPeriod.values()) {
			assertThat(this.english).containsKey("leads.funnel.period." + period.parameter())
				.containsKey("leads.funnel.series." + period.parameter());
		}
		for (String field : new String[] { "from", "to", "groupBy", "period", "channel", "dealerId", "model" }) {
			assertThat(this.english).containsKey("leads.funnel.invalid." + field);
		}
	}

	@Test
	void theChineseBundleIsUtf8() {
		assertThat(this.chinese.getProperty("leads.funnel.stage.VISITED")).isEqualTo("到店");
	}

}
