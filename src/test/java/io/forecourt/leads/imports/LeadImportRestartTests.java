package io.forecourt.leads.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import whose instance stopped while running it (its heartbeat stands still) is
 * marked FAILED, saying how far it got; a running one is left alone.
 */
@SpringBootTest
@ActiveProfiles("test")
class LeadImportRestartTests {

	@Autowired
	StaleImports stale;

	@Autowired
	Imports imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anImportWhoseInstanceDiedIsMarkedFailedAndALiveOneIsNot() {
		UUID dead = UUID.randomUUID();
		UUID alive = UUID.randomUUID();
		Instant now = Instant.now();
		this.imports.start(dead, "dead.csv", "hq.ops", "test:hq", now.minus(1, ChronoUnit.HOURS));
		this.imports.advance(dead, new Imports.Progress(5000, 4000, 500, 200, 100, 200),
				now.minus(1, ChronoUnit.HOURS));
		this.imports.start(alive, "alive.csv", "hq.ops", "test:hq", now);
		this.jdbc.sql("UPDATE lead_imports SET heartbeat_at = ? WHERE id = ?")
			.params(Timestamp.from(now.minus(10, ChronoUnit.MINUTES)), dead)
			.update();

		this.stale.failStale();

		assertThat(state(dead)).isEqualTo("FAILED");
		assertThat(
				this.jdbc.sql("SELECT failure FROM lead_imports WHERE id = ?").param(dead).query(String.class).single())
			.contains("instance running it stopped");
		assertThat(
				this.jdbc.sql("SELECT rows_read FROM lead_imports WHERE id = ?").param(dead).query(Long.class).single())
			.as("what was committed stays counted")
			.isEqualTo(5000);
		assertThat(state(alive)).isEqualTo("RUNNING");
		assertThat(this.imports.advance(dead, new Imports.Progress(1, 1, 0, 0, 0, 0), now))
			.as("a chunk arriving late for a failed import is refused")
			.isFalse();
	}

	private String state(UUID id) {
		return this.jdbc.sql("SELECT state FROM lead_imports WHERE id = ?").param(id).query(String.class).single();
	}

}
