package io.forecourt.kernel.security;

import java.util.UUID;

import io.forecourt.support.RequiresService;
import io.forecourt.support.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two application instances, one Redis: an attempt counted by one is counted by both. */
@RequiresService(TestServices.REDIS)
class RedisLoginRateLimitTests {

	private final String url = "redis://" + TestServices.REDIS.host() + ":" + TestServices.REDIS.port();

	private final RedisRateLimitStore firstStore = new RedisRateLimitStore(this.url);

	private final RedisRateLimitStore secondStore = new RedisRateLimitStore(this.url);

	private final LoginRateLimiter firstInstance = new LoginRateLimiter(this.firstStore, 3);

	private final LoginRateLimiter secondInstance = new LoginRateLimiter(this.secondStore, 3);

	@AfterEach
	void close() {
		this.firstStore.close();
		this.secondStore.close();
	}

	@Test
	void twoInstancesShareTheCountersOfOneAddress() {
		String address = "test-" + UUID.randomUUID();

		assertThat(this.firstInstance.tryAttempt(address, null)).isEmpty();
		assertThat(this.secondInstance.tryAttempt(address, null)).isEmpty();
		assertThat(this.firstInstance.tryAttempt(address, null)).isEmpty();

		assertThat(this.secondInstance.tryAttempt(address, null))
			.hasValueSatisfying(wait -> assertThat(wait.toSeconds()).isBetween(1L, 60L));
		assertThat(this.firstInstance.tryAttempt(address, null)).isPresent();
	}

	@Test
	void twoInstancesShareTheCountersOfOneUsername() {
		String username = "user-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			LoginRateLimiter instance = i % 2 == 0 ? this.firstInstance : this.secondInstance;
			assertThat(instance.tryAttempt("address-" + UUID.randomUUID(), username)).isEmpty();
		}

		assertThat(this.secondInstance.tryAttempt("address-" + UUID.randomUUID(), username.toUpperCase())).isPresent();
	}

}
