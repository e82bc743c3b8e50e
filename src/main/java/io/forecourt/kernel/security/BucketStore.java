package io.forecourt.kernel.security;

import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where rate-limit buckets live: this JVM's memory (one instance) or Redis (counters
 * shared by every instance behind the load balancer).
 */
interface BucketStore {

	Bucket bucket(String key, Supplier<BucketConfiguration> configuration);

}
