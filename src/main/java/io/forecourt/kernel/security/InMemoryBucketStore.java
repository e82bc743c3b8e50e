package io.forecourt.kernel.security;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Buckets in this JVM only: right for the single-instance default. Keys include phone
 * numbers, usernames and addresses an attacker chooses (a presale launch alone brings
 * hundreds of thousands), so a bucket is dropped once it has stood unused for as long as
 * it takes to refill completely: a full bucket limits nobody, so forgetting it changes no
 * answer, and no request ever has to sweep the others.
 */
class InMemoryBucketStore implements BucketStore {

	private final Cache<String, Entry> buckets = Caffeine.newBuilder().expireAfter(new Expiry<String, Entry>() {

		@Override
		public long expireAfterCreate(String key, Entry entry, long currentTime) {
			return entry.refillNanos();
		}

		@Override
		public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
			return entry.refillNanos();
		}

		@Override
		public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
			return entry.refillNanos();
		}

	}).build();

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return this.buckets.get(key, k -> {
			BucketConfiguration limits = configuration.get();
			var builder = Bucket.builder();
			long refillNanos = 0;
			for (Bandwidth bandwidth : limits.getBandwidths()) {
				builder.addLimit(bandwidth);
				// an empty bucket is full again after capacity / refill-tokens periods
				long periods = (bandwidth.getCapacity() + bandwidth.getRefillTokens() - 1)
						/ bandwidth.getRefillTokens();
				refillNanos = Math.max(refillNanos, periods * bandwidth.getRefillPeriodNanos());
			}
			return new Entry(builder.build(), refillNanos);
		}).bucket();
	}

	private record Entry(Bucket bucket, long refillNanos) {
	}

}
