package io.forecourt.service.web;

import java.util.Properties;

import io.forecourt.service.appointments.AppointmentStatus;
import io.forecourt.service.recommendation.FaultSeverity;
import io.forecourt.service.recommendation.Scoring;
import io.forecourt.service.workshop.BayKind;
import io.forecourt.service.workshop.Skill;
import io.forecourt.support.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both service console languages say everything, and every status, kind and skill has
 * words.
 */
class ServiceMessagesTests {

	private final Properties english = MessageBundles.load("i18n/service.properties");

	private final Properties chinese = MessageBundles.load("i18n/service_zh_CN.properties");

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		assertThat(this.english).isNotEmpty();
		assertThat(this.chinese.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
		assertThat(this.chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
		assertThat(this.english.stringPropertyNames()).allSatisfy(key -> assertThat(key).startsWith("service."));
	}

	@Test
	void everyStatusKindSkillSeverityAndFactorHasWords() {
		for (AppointmentStatus status : AppointmentStatus.values()) {
			assertThat(this.english).containsKey("service.status." + status);
		}
		for (BayKind kind : BayKind.values()) {
			assertThat(this.english).containsKey("service.bay-kind." + kind);
		}
		for (Skill skill : Skill.values()) {
			assertThat(this.english).containsKey("service.skill." + skill);
		}
		for (FaultSeverity severity : FaultSeverity.values()) {
			assertThat(this.english).containsKey("service.severity." + severity);
		}
		for (String factor : new String[] { Scoring.URGENCY, Scoring.DISTANCE, Scoring.LOAD, Scoring.RATING }) {
			assertThat(this.english).containsKey("service.factor." + factor);
		}
		assertThat(this.chinese.getProperty("service.appointments.nav")).isEqualTo("维保预约");
	}

}
