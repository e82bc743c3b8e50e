package io.forecourt.network.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningHoursTests {

	@Test
	void theStoredFormReadsBackToTheSameHours() {
		OpeningHours hours = OpeningHours.of(Map.of("monday", "09:00-18:00", "SATURDAY", "10:00-16:30"));
		OpeningHours read = OpeningHours.parse(hours.format());
		assertThat(read).isEqualTo(hours);
		assertThat(hours.format()).isEqualTo("MONDAY=09:00-18:00,SATURDAY=10:00-16:30");
	}

	@Test
	void daysWithoutHoursAreClosed() {
		OpeningHours hours = OpeningHours.of(Map.of("MONDAY", "09:00-18:00"));
		assertThat(hours.isOpenOn(DayOfWeek.MONDAY)).isTrue();
		assertThat(hours.isOpenOn(DayOfWeek.SUNDAY)).isFalse();
		assertThat(OpeningHours.parse("").days()).isEmpty();
	}

	@Test
	void everyDayOpensAllSevenDays() {
		assertThat(OpeningHours.everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0)).days()).hasSize(7);
	}

	@Test
	void wrongDaysAndRangesAreNamedInTheError() {
		assertThatThrownBy(() -> OpeningHours.of(Map.of("FUNDAY", "09:00-18:00"))).hasMessageContaining("FUNDAY");
		assertThatThrownBy(() -> OpeningHours.of(Map.of("MONDAY", "9am to 6pm"))).hasMessageContaining("9am to 6pm");
		assertThatThrownBy(() -> OpeningHours.of(Map.of("MONDAY", "18:00-09:00")))
			.hasMessageContaining("must be after");
	}

}
