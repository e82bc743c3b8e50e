package io.forecourt.kernel.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class InstantsTests {

	private final Instants shanghai = new Instants(ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE);

	@Test
	void aStoredUtcMomentIsShownInTheViewersZone() {
		Instant lateEveningUtc = Instant.parse("2026-11-21T17:05:00Z");

		assertThat(this.shanghai.format(lateEveningUtc)).isEqualTo("2026-11-22 01:05");
		assertThat(this.shanghai.date(lateEveningUtc)).isEqualTo("2026-11-22");
		assertThat(this.shanghai.format(lateEveningUtc, "HH:mm:ss")).isEqualTo("01:05:00");
	}

	@Test
	void anOffsetTimestampIsTheSameMoment() {
		assertThat(this.shanghai.format(OffsetDateTime.of(2026, 11, 21, 17, 5, 0, 0, ZoneOffset.UTC)))
			.isEqualTo("2026-11-22 01:05");
	}

	@Test
	void aMissingMomentShowsAsNothing() {
		assertThat(this.shanghai.format(null)).isEmpty();
	}

	@Test
	void aLocalDateTimeIsRefusedBecauseItNamesNoMoment() {
		assertThatException().isThrownBy(() -> this.shanghai.format(LocalDateTime.of(2026, 11, 21, 17, 5)));
	}

}
