package io.forecourt.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move forward: real time plus an offset, so it still ticks (entries
 * written one after another keep their order) while a test jumps over an SLA window.
 * Import {@link Configuration} to make it the application's clock; test classes that do
 * share one application context.
 */
public final class MutableClock extends Clock {

	/**
	 * Set to a time of day (e.g. {@code 22:20}) to start the clock at the next such
	 * moment in China instead of now: tests on workshop days and opening hours can then
	 * be tried at the time of day a CI run happened to fail at.
	 */
	static final String START_AT_VARIABLE = "FORECOURT_TEST_TIME_OF_DAY";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final AtomicReference<Duration> offset = new AtomicReference<>(
			startOffset(System.getenv(START_AT_VARIABLE), ZonedDateTime.now(CHINA)));

	/** How far ahead the next {@code timeOfDay} in China is from now; none when unset. */
	static Duration startOffset(@Nullable String timeOfDay, ZonedDateTime now) {
		if (timeOfDay == null || timeOfDay.isBlank()) {
			return Duration.ZERO;
		}
		ZonedDateTime at = now.with(LocalTime.parse(timeOfDay.strip()));
		return Duration.between(now, at.isBefore(now) ? at.plusDays(1) : at);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/**
	 * The same moving time seen in another zone (code that asks for today's date in China
	 * does this): moving this clock moves the view too.
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock source = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return source.withZone(other);
			}

			@Override
			public Instant instant() {
				return source.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	/** Moves the clock forward (it never goes back: other tests share it). */
	public void advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("The clock only moves forward");
		}
		this.offset.accumulateAndGet(duration, Duration::plus);
	}

	/** Makes {@link MutableClock} the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

}
