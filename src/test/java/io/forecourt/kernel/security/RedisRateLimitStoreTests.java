package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.forecourt.support.RequiresService;
import io.forecourt.support.TestServices;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits in one Redis, counted in one script run per request. */
@RequiresService(TestServices.REDIS)
class RedisRateLimitStoreTests {

	private final String url = "redis://" + TestServices.REDIS.host() + ":" + TestServices.REDIS.port();

	private final RedisRateLimitStore store = new RedisRateLimitStore(this.url);

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void limitsInOrderStopAtTheFirstUsedUpSayHowLongToWaitAndCountNothingAfterIt() {
		String run = UUID.randomUUID().toString();
		List<RateLimitStore.Limit> limits = List.of(new RateLimitStore.Limit(run + ":a", 5, Duration.ofMinutes(1)),
				new RateLimitStore.Limit(run + ":b", 1, Duration.ofMinutes(1)),
				new RateLimitStore.Limit(run + ":c", 2, Duration.ofMinutes(1)));

		assertThat(this.store.acquire(limits).passed()).isTrue();
		RateLimitStore.Verdict refused = this.store.acquire(limits);

		assertThat(refused.exceeded()).isEqualTo(1);
		// b's one request a minute comes back a minute after it was used, less the
		// moment since
		assertThat(refused.waitNanos()).isBetween(Duration.ofSeconds(55).toNanos(), Duration.ofMinutes(1).toNanos());
		// c was counted by the first request only: the second of its two is left
		assertThat(this.store.acquire(List.of(limits.get(2))).passed()).isTrue();
		assertThat(this.store.acquire(List.of(limits.get(2))).passed()).isFalse();
	}

	@Test
	void aKeyExpiresInRedisOnceItLimitsNobody() {
		String key = "forecourt:test:" + UUID.randomUUID();
		this.store.acquire(List.of(new RateLimitStore.Limit(key, 10, Duration.ofMinutes(1))));

		try (RedisClient client = RedisClient.create(this.url);
				StatefulRedisConnection<String, String> redis = client.connect()) {
			// one request of ten a minute: six seconds, not the whole minute
			assertThat(redis.sync().pttl(key)).isBetween(5_000L, 6_000L);
		}
	}

	@Test
	void theScriptIsLoadedAgainAfterRedisForgetsIt() {
		try (RedisClient client = RedisClient.create(this.url);
				StatefulRedisConnection<String, String> redis = client.connect()) {
			redis.sync().scriptFlush();
		}
		String key = "forecourt:test:" + UUID.randomUUID();
		List<RateLimitStore.Limit> one = List.of(new RateLimitStore.Limit(key, 1, Duration.ofMinutes(1)));

		assertThat(this.store.acquire(one).passed()).isTrue();
		assertThat(this.store.acquire(one).passed()).isFalse();
	}

}
