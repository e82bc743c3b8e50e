package io.forecourt.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

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

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

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
