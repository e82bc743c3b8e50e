package io.forecourt.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled jobs are coordinated through the database: while one instance holds a job's
 * lock, another instance (here: a second lock provider on the same database) cannot take
 * it.
 */
@SpringBootTest
@ActiveProfiles("test")
class SchedulerLockTests {

	@Autowired
	LockProvider lockProvider;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aJobLockHeldByOneInstanceKeepsTheOtherOutUntilReleased() {
		LockProvider otherInstance = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(this.jdbc)
			.withTableName("shedlock")
			.usingDbTime()
			.build());
		LockConfiguration job = new LockConfiguration(Instant.now(), "test.job-" + System.nanoTime(),
				Duration.ofMinutes(1), Duration.ZERO);

		Optional<SimpleLock> first = this.lockProvider.lock(job);
		assertThat(first).isPresent();
		assertThat(otherInstance.lock(job)).isEmpty();

		first.get().unlock();
		Optional<SimpleLock> second = otherInstance.lock(job);
		assertThat(second).isPresent();
		second.get().unlock();
	}

}
