package io.forecourt.kernel.idempotency;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes {@code Idempotency-Key}s past their retention; one instance at a time
 * (ShedLock). A key it deletes can be used again as a new request.
 */
@Component
class IdempotencyKeyPurge {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

	private final IdempotencyKeys keys;

	private final IdempotencyProperties properties;

	private final Clock clock;

	IdempotencyKeyPurge(IdempotencyKeys keys, IdempotencyProperties properties, Clock clock) {
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${forecourt.idempotency.purge-interval:PT15M}", initialDelayString = "PT2M")
	@SchedulerLock(name = "kernel.purge-idempotency-keys", lockAtMostFor = "PT10M")
	void purge() {
		int purged = this.keys.purge(this.clock.instant(), this.properties.retention());
		log.debug("Purged {} idempotency keys past their retention", purged);
	}

}
