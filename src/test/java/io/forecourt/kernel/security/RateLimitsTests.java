package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.OptionalLong;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public endpoints' limits: per key, refusing with how long to wait. */
class RateLimitsTests {

	private final RateLimits limits = new RateLimits(new InMemoryBucketStore());

	@Test
	void theLimitHoldsPerKeyAndARefusalSaysWhenToComeBack() {
		for (int i = 0; i < 3; i++) {
			this.limits.consume("webhook:10.0.0.1", 3, "from this address");
		}
		assertThatThrownBy(() -> this.limits.consume("webhook:10.0.0.1", 3, "from this address"))
			.isInstanceOfSatisfying(ProblemException.class, ex -> {
				assertThat(ex.type()).isEqualTo(ProblemType.RATE_LIMITED);
				assertThat(ex.getMessage()).contains("at most 3 a minute");
				assertThat((Long) ex.properties().get(ProblemException.RETRY_AFTER_SECONDS)).isBetween(1L, 60L);
			});
		// another sender has its own allowance
		this.limits.consume("webhook:10.0.0.2", 3, "from this address");
	}

	@Test
	void aLimitOverAnyPeriodRefusesWithoutThrowingSayingWhenToComeBack() {
		for (int i = 0; i < 2; i++) {
			assertThat(this.limits.tryConsume("presale:burst:device-1", 2, Duration.ofHours(1))).isEmpty();
		}
		OptionalLong wait = this.limits.tryConsume("presale:burst:device-1", 2, Duration.ofHours(1));
		assertThat(wait).isPresent();
		assertThat(wait.getAsLong()).isBetween(1L, 3_600L);
		// another key has its own allowance
		assertThat(this.limits.tryConsume("presale:burst:device-2", 2, Duration.ofHours(1))).isEmpty();
	}

}
