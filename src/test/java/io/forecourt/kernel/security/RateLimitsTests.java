package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public endpoints' limits: per key, refusing with how long to wait. */
class RateLimitsTests {

	private final RateLimits limits = new RateLimits(new InMemoryRateLimitStore());

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

	@Test
	void limitsCheckedInOrderStopAtTheFirstUsedUpAndDoNotCountTheRest() {
		List<RateLimits.Limit> limits = List.of(new RateLimits.Limit("order:a", 5, Duration.ofMinutes(1)),
				new RateLimits.Limit("order:b", 1, Duration.ofMinutes(1)),
				new RateLimits.Limit("order:c", 2, Duration.ofMinutes(1)));
		assertThat(this.limits.tryConsumeInOrder(limits)).isEmpty();

		Optional<RateLimits.Exceeded> exceeded = this.limits.tryConsumeInOrder(limits);
		assertThat(exceeded).hasValueSatisfying(e -> {
			assertThat(e.index()).isEqualTo(1);
			assertThat(e.limit().key()).isEqualTo("order:b");
			assertThat(e.waitSeconds()).isBetween(1L, 60L);
		});
		// "order:c" was counted by the first request only: the second of its two is left
		assertThat(this.limits.tryConsume("order:c", 2, Duration.ofMinutes(1))).isEmpty();
		assertThat(this.limits.tryConsume("order:c", 2, Duration.ofMinutes(1))).isPresent();
		// "order:a" counted both: three of its five are left
		for (int i = 0; i < 3; i++) {
			assertThat(this.limits.tryConsume("order:a", 5, Duration.ofMinutes(1))).isEmpty();
		}
		assertThat(this.limits.tryConsume("order:a", 5, Duration.ofMinutes(1))).isPresent();
	}

}
