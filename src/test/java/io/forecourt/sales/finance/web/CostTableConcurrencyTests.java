package io.forecourt.sales.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.sales.finance.CostTableAdministration;
import io.forecourt.sales.finance.RegistrationFeeInput;
import io.forecourt.support.TestPrincipals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HQ users saving overlapping rows at the same moment, on real threads against the real
 * database: the table lock makes the overlap check and the insert one step, so exactly
 * one row is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CostTableConcurrencyTests {

	@Autowired
	CostTableAdministration tables;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ofEightOverlappingRowsSavedAtOnceExactlyOneIsWritten() throws Exception {
		LocalDate from = LocalDate.of(3000 + ThreadLocalRandom.current().nextInt(5000), 1, 1);
		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<Boolean>> savers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				LocalDate day = from.plusDays(i);
				savers.add(() -> {
					start.await();
					return CurrentAccess.as(TestPrincipals.HQ, () -> {
						try {
							this.tables.createRegistrationFee(new RegistrationFeeInput("210100", new BigDecimal("600"),
									"Shenyang race", day, null));
							return true;
						}
						catch (ProblemException ex) {
							return false;
						}
					});
				});
			}
			List<Future<Boolean>> results = new ArrayList<>();
			for (Callable<Boolean> saver : savers) {
				results.add(pool.submit(saver));
			}
			start.countDown();
			int saved = 0;
			for (Future<Boolean> result : results) {
				saved += result.get() ? 1 : 0;
			}
			assertThat(saved).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM sales_registration_fees WHERE city_code = '210100' AND valid_from >= ?"
					+ " AND valid_from < ?")
			.params(java.sql.Date.valueOf(from), java.sql.Date.valueOf(from.plusDays(threads)))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
