package io.forecourt.kernel.security;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses where rate limits (logins, public endpoints, presale) are counted:
 * {@code forecourt.rate-limit.store=memory} (default, one instance) or {@code redis} (all
 * instances share the counters, at {@code forecourt.redis.url}).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	RateLimitStore rateLimitStore(@Value("${forecourt.rate-limit.store:memory}") String store,
			@Value("${forecourt.redis.url:redis://localhost:6379}") String redisUrl) {
		return switch (store.strip().toLowerCase(Locale.ROOT)) {
			case "memory" -> new InMemoryRateLimitStore();
			case "redis" -> new RedisRateLimitStore(redisUrl);
			default -> throw new IllegalStateException(
					"forecourt.rate-limit.store must be 'memory' or 'redis', not '" + store + "'");
		};
	}

	@Bean
	LoginRateLimiter loginRateLimiter(RateLimitStore rateLimitStore,
			@Value("${forecourt.rate-limit.login-per-minute:10}") int perMinute) {
		return new LoginRateLimiter(rateLimitStore, perMinute);
	}

}
