package io.forecourt.sales.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.forecourt.kernel.audit.AuditLog;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests at once, on real threads against the real database: the constraints, not a
 * check in this JVM, keep one price per item and day and one configuration per code.
 */
@SpringBootTest
@ActiveProfiles("test")
class CatalogRaceTests {

	@Autowired
	CatalogAdministration administration;

	@Autowired
	CatalogSnapshots snapshots;

	@Autowired
	StoredConfigurations stored;

	@Autowired
	MessageSource messages;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoPricesForOneItemAndDayAtOnceKeepOneAndRefuseTheOther() throws Exception {
		String code = "RACE-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		CurrentAccess.asSystem(() -> this.administration
			.createItem(new ItemDraft(code, "ACCESSORY", null, "竞态", "Race", null, null, null, true, 0)));
		LocalDate day = this.administration.today().plusDays(3);
		List<Object> outcomes = race(
				() -> this.administration.addPrice(code, day, null, new BigDecimal("100"), new BigDecimal("80")));
		assertThat(outcomes).filteredOn(Price.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(ProblemException.class::isInstance)
			.singleElement()
			.satisfies(ex -> assertThat(((ProblemException) ex).type()).isEqualTo(ProblemType.DUPLICATE));
		assertThat(this.jdbc.sql("SELECT count(*) FROM catalog_prices WHERE item_code = ?")
			.param(code)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void twoConfigurationsDrawingTheSameCodeAtOnceGetDifferentCodes() throws Exception {
		ShareCodes random = new ShareCodes();
		String contested = random.next();
		List<String> fallbacks = List.of(random.next(), random.next());
		Selection e5 = new Selection("E5", "E5-LR", "PEARL-WHITE", "INT-BLACK", List.of(), List.of(), null);
		int[] thread = { 0 };
		List<Object> codes = race(() -> {
			String fallback;
			synchronized (thread) {
				fallback = fallbacks.get(thread[0]++);
			}
			VehicleConfigurator configurator = new VehicleConfigurator(this.snapshots, this.stored, this.messages,
					this.audit, this.clock, new ArrayDeque<>(List.of(contested, fallback))::poll);
			ConfigurationOutcome outcome = new TransactionTemplate(this.transactions)
				.execute(status -> configurator.configurePublicly(e5, true, Locale.ENGLISH));
			return ((ConfigurationOutcome.Priced) outcome).configuration().code();
		});
		assertThat(codes).doesNotHaveDuplicates().contains(contested);
		assertThat(this.stored.exists(contested)).isTrue();
	}

	/** Runs the work on two threads released together; each result or failure. */
	private static List<Object> race(Callable<Object> work) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				futures.add(pool.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					try {
						return CurrentAccess.asSystem(() -> {
							try {
								return work.call();
							}
							catch (RuntimeException ex) {
								throw ex;
							}
							catch (Exception ex) {
								throw new IllegalStateException(ex);
							}
						});
					}
					catch (ProblemException ex) {
						return ex;
					}
				}));
			}
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
