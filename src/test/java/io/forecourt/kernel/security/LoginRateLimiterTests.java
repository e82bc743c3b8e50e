package io.forecourt.kernel.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginRateLimiterTests {

	private final LoginRateLimiter limiter = new LoginRateLimiter(new InMemoryRateLimitStore(), 3);

	@Test
	void anAddressIsRefusedAfterTheLimitWithAWaitOfAtLeastOneSecond() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.limiter.tryAttempt("10.0.0.1", "user" + i)).isEmpty();
		}

		assertThat(this.limiter.tryAttempt("10.0.0.1", "someone"))
			.hasValueSatisfying(wait -> assertThat(wait.toSeconds()).isBetween(1L, 60L));
		assertThat(this.limiter.tryAttempt("10.0.0.2", "someone")).isEmpty();
	}

	@Test
	void aUsernameIsRefusedAfterTheLimitWhateverItsCase() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.limiter.tryAttempt("10.1.0." + i, "Li.Wei")).isEmpty();
		}

		assertThat(this.limiter.tryAttempt("10.1.0.9", "li.wei")).isPresent();
	}

}
