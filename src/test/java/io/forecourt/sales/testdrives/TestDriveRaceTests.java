package io.forecourt.sales.testdrives;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.testdrives.TestDriveWork.mobile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bookings racing on real threads against the real database: for one car in one slot
 * exactly one wins, for one consultant in one slot exactly one wins, and for more cars
 * than bookings everyone gets a car of their own.
 */
@TestDriveTest
class TestDriveRaceTests {

	private static final ForecourtPrincipal APP = new ForecourtPrincipal("test:app", "brand app race",
			ForecourtPrincipal.Kind.API_KEY, Set.of(Role.INTEGRATOR), AccessScope.all(), null);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	TestDriveBookings bookings;

	TestDriveWork work;

	@BeforeAll
	void work() {
		this.work = new TestDriveWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void bookingsRacingForOneCarInOneSlotLetExactlyOneWin() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8");
		UUID car = this.work.car(dealer, "E5", "E5-LR");
		this.work.car(dealer, "E5", "E5-LR");
		OffsetDateTime start = this.work.slotAfter(dealer, "E5", Duration.ofHours(3));
		List<Outcome> outcomes = race(8, i -> request(dealer, start, car, null));
		assertThat(outcomes.stream().filter(Outcome::won)).hasSize(1);
		assertThat(outcomes.stream().filter(o -> !o.won()))
			.allSatisfy(o -> assertThat(o.type()).isEqualTo(ProblemType.CONFLICT));
		assertThat(this.work.count("SELECT count(*) FROM test_drive_bookings WHERE car_id = ?", car)).isEqualTo(1);
		assertThat(
				this.work.count("SELECT count(DISTINCT booking_id) FROM test_drive_holds WHERE resource_id = ?", car))
			.isEqualTo(1);
	}

	@Test
	void bookingsRacingForOneConsultantInOneSlotLetExactlyOneWin() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("B1", "B2");
		for (int i = 0; i < 6; i++) {
			this.work.car(dealer, "S7", "S7-COMFORT");
		}
		UUID consultant = dealer.consultantIds().get(0);
		OffsetDateTime start = this.work.slotAfter(dealer, "S7", Duration.ofHours(3));
		List<Outcome> outcomes = race(6, i -> request(dealer, start, null, consultant, "S7"));
		assertThat(outcomes.stream().filter(Outcome::won)).hasSize(1);
		assertThat(this.work.count("SELECT count(*) FROM test_drive_bookings WHERE consultant_id = ?", consultant))
			.isEqualTo(1);
	}

	@Test
	void asManyRacingBookingsAsFreeCarsAndConsultantsAllWinWithoutSharing() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("C1", "C2", "C3", "C4");
		for (int i = 0; i < 4; i++) {
			this.work.car(dealer, "M9", "M9-FLAGSHIP");
		}
		OffsetDateTime start = this.work.slotAfter(dealer, "M9", Duration.ofHours(3));
		List<Outcome> outcomes = race(6, i -> request(dealer, start, null, null, "M9"));
		assertThat(outcomes.stream().filter(Outcome::won)).hasSize(4);
		assertThat(this.work.count("SELECT count(DISTINCT car_id) FROM test_drive_bookings WHERE dealer_id = ?",
				dealer.id()))
			.isEqualTo(4);
		assertThat(this.work.count("SELECT count(DISTINCT consultant_id) FROM test_drive_bookings WHERE dealer_id = ?",
				dealer.id()))
			.isEqualTo(4);
	}

	private NewBooking request(TestDriveWork.Dealer dealer, OffsetDateTime start, UUID car, UUID consultant) {
		return request(dealer, start, car, consultant, "E5");
	}

	private NewBooking request(TestDriveWork.Dealer dealer, OffsetDateTime start, UUID car, UUID consultant,
			String model) {
		return new NewBooking(dealer.id(), model, null, start.toString(), mobile(), "赛跑", null, car, consultant, null);
	}

	private List<Outcome> race(int threads, java.util.function.IntFunction<NewBooking> requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Callable<Outcome>> bookers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				NewBooking request = requests.apply(i);
				bookers.add(() -> {
					go.await();
					return CurrentAccess.as(APP, () -> {
						try {
							this.bookings.book(request, null);
							return new Outcome(true, null);
						}
						catch (ProblemException ex) {
							return new Outcome(false, ex.type());
						}
					});
				});
			}
			List<Future<Outcome>> futures = new ArrayList<>();
			for (Callable<Outcome> booker : bookers) {
				futures.add(pool.submit(booker));
			}
			go.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdown();
		}
	}

	record Outcome(boolean won, ProblemType type) {
	}

}
