package io.forecourt.service.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.service.PartStockLow;
import io.forecourt.service.ServiceWork;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repair orders racing for parts on real threads against the real database, as many
 * instances would: for ten parts on the shelf exactly ten of thirty-two orders win and
 * the figures never go negative; orders of several parts, listed in every order, get all
 * of them or none and never deadlock; racing consumes and releases of one order take its
 * parts once. Subclasses run it on PostgreSQL and on H2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PartsReservationRaces {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	java.time.Clock clock;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	PartsReservations reservations;

	PartsWork parts;

	ServiceWork.Dealer dealer;

	@BeforeAll
	void work() throws Exception {
		this.parts = new PartsWork(new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock));
		this.dealer = this.parts.work.dealer();
	}

	@Test
	void thirtyTwoOrdersRacingForTenPartsLetExactlyTenWinAndRaiseTheLowStockAlertOnce() throws Exception {
		String part = this.parts.onShelf(this.dealer, "RACE", 10, 5);
		List<Outcome> outcomes;
		try (var lows = new PartsWork.Recorder<>(this.context, PartStockLow.class)) {
			outcomes = race(32, i -> () -> this.reservations.reserve(this.dealer.id(), UUID.randomUUID(),
					List.of(PartLine.of(part, 1))));
			assertThat(lows.events).filteredOn(e -> e.partNumber().equals(part)).singleElement().satisfies(low -> {
				assertThat(low.reorderPoint()).isEqualTo(5);
				assertThat(low.available()).isLessThan(5);
			});
		}
		assertThat(outcomes).filteredOn(Outcome::won).hasSize(10);
		assertThat(outcomes).filteredOn(o -> !o.won()).hasSize(22).allSatisfy(o -> {
			assertThat(o.error()).isNull();
			assertThat(o.shortages()).singleElement().satisfies(s -> {
				assertThat(s.partNumber()).isEqualTo(part);
				assertThat(s.available()).isZero();
			});
		});
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(10, 10));
		assertThat(this.parts.journal(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(10, 10));
		assertThat(this.parts.heldByOrders(this.dealer.id(), part)).isEqualTo(10);
	}

	@Test
	void ordersOfSeveralPartsListedInEveryOrderGetAllOrNoneAndNeverDeadlock() throws Exception {
		String a = this.parts.onShelf(this.dealer, "MA", 6, 0);
		String b = this.parts.onShelf(this.dealer, "MB", 6, 0);
		String c = this.parts.onShelf(this.dealer, "MC", 6, 0);
		List<List<String>> baskets = List.of(List.of(c, a), List.of(b, a), List.of(c, b), List.of(c, b, a),
				List.of(a, b, c), List.of(b, c));
		List<UUID> orders = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			orders.add(UUID.randomUUID());
		}
		List<Outcome> outcomes = race(24, i -> () -> this.reservations.reserve(this.dealer.id(), orders.get(i),
				baskets.get(i % baskets.size()).stream().map(p -> PartLine.of(p, 1)).toList()));
		assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
		assertThat(outcomes).filteredOn(Outcome::won).isNotEmpty();
		for (int i = 0; i < orders.size(); i++) {
			int held = this.reservations.reservationsOf(orders.get(i)).size();
			assertThat(held).as("parts held by order %d", i)
				.isIn(0, outcomes.get(i).won() ? baskets.get(i % baskets.size()).size() : 0);
			assertThat(outcomes.get(i).won()).isEqualTo(held > 0);
		}
		for (String part : List.of(a, b, c)) {
			PartsWork.Figures figures = this.parts.figures(this.dealer.id(), part);
			assertThat(figures.onHand()).isEqualTo(6);
			assertThat(figures.reserved()).isBetween(0, 6).isEqualTo(this.parts.heldByOrders(this.dealer.id(), part));
			assertThat(this.parts.journal(this.dealer.id(), part)).isEqualTo(figures);
		}
	}

	@Test
	void racingConsumesAndReleasesOfOneOrderTakeItsPartsOnce() throws Exception {
		String part = this.parts.onShelf(this.dealer, "CR", 10, 0);
		UUID order = UUID.randomUUID();
		List<Outcome> repeats = race(8,
				i -> () -> this.reservations.reserve(this.dealer.id(), order, List.of(PartLine.of(part, 3))));
		// a repeat waits for the first and changes nothing (on H2 it may be told to
		// retry)
		assertThat(repeats).allSatisfy(o -> assertThat(o.error()).isNull());
		assertThat(this.parts.figures(this.dealer.id(), part)).isEqualTo(new PartsWork.Figures(10, 3));

		List<Outcome> outcomes = race(8,
				i -> () -> (i % 2 == 0) ? this.reservations.consume(order) : this.reservations.release(order));
		assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
		PartReservation line = this.reservations.reservationsOf(order).get(0);
		PartsWork.Figures figures = this.parts.figures(this.dealer.id(), part);
		if (line.status() == ReservationStatus.CONSUMED) {
			assertThat(figures).isEqualTo(new PartsWork.Figures(7, 0));
		}
		else {
			assertThat(line.status()).isEqualTo(ReservationStatus.RELEASED);
			assertThat(figures).isEqualTo(new PartsWork.Figures(10, 0));
		}
		assertThat(this.parts.journal(this.dealer.id(), part)).isEqualTo(figures);
	}

	private List<Outcome> race(int threads, IntFunction<Callable<Object>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<Outcome>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Callable<Object> call = calls.apply(i);
				futures.add(pool.submit(() -> {
					go.await();
					return CurrentAccess.asSystem(() -> {
						try {
							call.call();
							return new Outcome(true, List.of(), null);
						}
						catch (PartsShortage ex) {
							return new Outcome(false, ex.shortages(), null);
						}
						catch (ProblemException ex) {
							return new Outcome(false, List.of(), null);
						}
						catch (Exception ex) {
							// a deadlock, a lock timeout, a broken check constraint...
							return new Outcome(false, List.of(),
									ex.getClass().getSimpleName() + ": " + ex.getMessage());
						}
					});
				}));
			}
			go.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get(180, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdown();
		}
	}

	record Outcome(boolean won, List<PartsShortage.Shortage> shortages, @Nullable String error) {
	}

}
