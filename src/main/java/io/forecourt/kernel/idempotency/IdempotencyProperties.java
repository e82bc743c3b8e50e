package io.forecourt.kernel.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How {@code Idempotency-Key}s behave ({@code forecourt.idempotency.*}).
 *
 * @param lockTimeout how long a claim holds while its request runs; after it a retry may
 * take over the claim of a request that never finished (its instance crashed). Longer
 * than any handler takes, provider calls included.
 * @param retention how long a settled request's response is replayed (24 h, as payment
 * providers keep theirs)
 * @param purgeInterval how often expired keys are deleted
 * @param maxBody the largest request body an idempotent handler accepts (it is read into
 * memory to be hashed)
 */
@ConfigurationProperties("forecourt.idempotency")
record IdempotencyProperties(@DefaultValue("PT1M") Duration lockTimeout, @DefaultValue("PT24H") Duration retention,
		@DefaultValue("PT15M") Duration purgeInterval, @DefaultValue("1MB") DataSize maxBody) {
}
