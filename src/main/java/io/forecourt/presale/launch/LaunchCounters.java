package io.forecourt.presale.launch;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts attempts and answers in this instance's memory (a {@link LongAdder} each, so
 * counting costs a request nothing measurable) and adds them to this instance's own rows
 * of {@code presale_counters} every second: instances never write the same row, and the
 * dashboard sums them. A crash loses at most the last second's counts of that instance;
 * counts are figures for people, not the quota, which the database keeps exactly.
 */
@Component
public class LaunchCounters implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LaunchCounters.class);

	private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String instanceId;

	LaunchCounters(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${forecourt.instance-id:}") String instanceId) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.instanceId = instanceId.isBlank() ? defaultInstanceId() : instanceId;
	}

	public void increment(UUID campaignId, LaunchCounter counter) {
		this.counts.computeIfAbsent(new Key(campaignId, counter), k -> new LongAdder()).increment();
	}

	/** Which instance this is in the counters table. */
	public String instanceId() {
		return this.instanceId;
	}

	/**
	 * Adds what was counted since the last flush to this instance's rows; what cannot be
	 * written is kept for the next flush.
	 */
	@Scheduled(fixedDelayString = "${forecourt.presale.counters-flush-interval:PT1S}", initialDelayString = "PT1S")
	public synchronized void flush() {
		Map<Key, Long> taken = new HashMap<>();
		this.counts.forEach((key, adder) -> {
			long n = adder.sumThenReset();
			if (n > 0) {
				taken.put(key, n);
			}
		});
		if (taken.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		try {
			this.transaction.executeWithoutResult(status -> taken.forEach((key, n) -> add(key, n, now)));
		}
		catch (RuntimeException ex) {
			log.warn("Presale counters not written; kept for the next flush", ex);
			taken.forEach((key, n) -> this.counts.computeIfAbsent(key, k -> new LongAdder()).add(n));
		}
	}

	private void add(Key key, long n, Instant now) {
		int updated = this.jdbc
			.sql("UPDATE presale_counters SET total = total + ?, updated_at = ?"
					+ " WHERE campaign_id = ? AND instance_id = ? AND counter = ?")
			.params(n, Timestamp.from(now), key.campaignId(), this.instanceId, key.counter().name())
			.update();
		if (updated == 0) {
			// only this instance writes its rows (and flushes one at a time), so no one
			// can insert this row in between
			this.jdbc
				.sql("INSERT INTO presale_counters (campaign_id, instance_id, counter, total, updated_at)"
						+ " VALUES (?, ?, ?, ?, ?)")
				.params(key.campaignId(), this.instanceId, key.counter().name(), n, Timestamp.from(now))
				.update();
		}
	}

	@Override
	public void destroy() {
		flush();
	}

	private static String defaultInstanceId() {
		String host = System.getenv().getOrDefault("HOSTNAME", "host");
		// a restarted instance gets new rows; the old ones still count
		String id = host + "-" + ManagementFactory.getRuntimeMXBean().getPid() + "-"
				+ Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
		return id.length() <= 80 ? id : id.substring(id.length() - 80);
	}

	private record Key(UUID campaignId, LaunchCounter counter) {
	}

}
