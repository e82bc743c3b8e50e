package io.forecourt.kernel.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Buckets in this JVM only: right for the single-instance default. Keys include usernames
 * an attacker chooses, so the map is bounded: past {@value #MAX_BUCKETS} entries the full
 * (idle) buckets are dropped, which forgets nothing that limits anyone.
 */
class InMemoryBucketStore implements BucketStore {

	static final int MAX_BUCKETS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		if (this.buckets.size() >= MAX_BUCKETS) {
			evictIdle(configuration.get());
		}
		return this.buckets.computeIfAbsent(key, k -> {
			var builder = Bucket.builder();
			for (var bandwidth : configuration.get().getBandwidths()) {
				builder.addLimit(bandwidth);
			}
			return builder.build();
		});
	}

	private void evictIdle(BucketConfiguration configuration) {
		long capacity = configuration.getBandwidths()[0].getCapacity();
		this.buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
	}

	int size() {
		return this.buckets.size();
	}

}
