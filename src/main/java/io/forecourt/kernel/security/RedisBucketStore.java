package io.forecourt.kernel.security;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

/**
 * Buckets in Redis, so every instance counts the same attempts. Bucket4j updates them
 * with compare-and-swap; Redis expires a bucket once it would have refilled, so idle keys
 * do not accumulate.
 */
class RedisBucketStore implements BucketStore, AutoCloseable {

	private final RedisClient client;

	private final StatefulRedisConnection<String, byte[]> connection;

	private final ProxyManager<String> buckets;

	RedisBucketStore(String redisUrl) {
		this.client = RedisClient.create(redisUrl);
		this.connection = this.client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
		this.buckets = Bucket4jLettuce.casBasedBuilder(this.connection)
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
			.build();
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return this.buckets.getProxy(key, configuration);
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown();
	}

}
