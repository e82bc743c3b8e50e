package io.forecourt.leads.imports;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks imports FAILED whose instance stopped while running them (a crash, a kill, a
 * redeploy): their heartbeat, moved on by every chunk, has stood still for longer than
 * {@code forecourt.leads.import.stale-after}. They are not resumed: the upload lived on
 * that instance's disk. Chunks committed before the stop stay imported, and the failure
 * names the last line imported, so the rest of the file can be imported again.
 */
@Component
class StaleImports {

	private static final Logger log = LoggerFactory.getLogger(StaleImports.class);

	private final Imports imports;

	private final ImportSettings settings;

	private final Clock clock;

	StaleImports(Imports imports, ImportSettings settings, Clock clock) {
		this.imports = imports;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@SchedulerLock(name = "leads.import.fail-stale", lockAtMostFor = "PT5M")
	void failStale() {
		Instant now = this.clock.instant();
		int failed = this.imports.failStale(now.minus(this.settings.staleAfter()),
				"the instance running it stopped (no progress for " + this.settings.staleAfter().toMinutes()
						+ " minutes); the rows counted as read are imported, import the rest again",
				now);
		if (failed > 0) {
			log.warn("Marked {} lead import(s) as failed: their instance stopped while running them", failed);
		}
	}

}
