package io.forecourt.service.appointments;

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
import java.util.concurrent.TimeUnit;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.web.ProblemException;
import io.forecourt.kernel.web.ProblemType;
import io.forecourt.service.ServiceWork;
import io.forecourt.service.appointments.AppointmentRequests.NewAppointment;
import io.forecourt.service.appointments.AppointmentRequests.Reschedule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.service.ServiceWork.mobile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bookings racing on real threads against the real database, as many instances would: for
 * one bay in one slot exactly one wins, for one technician exactly one wins, for as many
 * bays and technicians as there are free everyone wins without sharing, and two
 * appointments moving into one slot leave one there and the other where it was.
 * Subclasses run it on PostgreSQL and on H2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AppointmentRaces {

	private static final ForecourtPrincipal APP = new ForecourtPrincipal("test:app", "brand app race",
			ForecourtPrincipal.Kind.API_KEY, Set.of(Role.INTEGRATOR), AccessScope.all(), null);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	java.time.Clock clock;

	@Autowired
	AppointmentBooking booking;

	ServiceWork work;

	@BeforeAll
	void work() {
		this.work = new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void bookingsRacingForTheOneBayInASlotLetExactlyOneWin() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 8);
		OffsetDateTime start = this.work.roomySlotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3));
		List<Outcome> outcomes = race(8, i -> () -> this.booking.book(request(dealer, start, null), null));
		assertThat(outcomes.stream().filter(Outcome::won)).hasSize(1);
		assertThat(outcomes.stream().filter(o -> !o.won()))
			.allSatisfy(o -> assertThat(o.type()).isEqualTo(ProblemType.SLOT_TAKEN));
		assertThat(this.work.count("SELECT count(*) FROM service_appointments WHERE dealer_id = ?", dealer.id()))
			.isEqualTo(1);
		assertThat(
				this.work.count("SELECT count(DISTINCT holder_id) FROM service_holds WHERE dealer_id = ?", dealer.id()))
			.isEqualTo(1);
	}

	@Test
	void bookingsRacingForTheOneTechnicianLetExactlyOneWinEvenWhenTheyOverlapOnlyPartly() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(6, 1);
		OffsetDateTime start = this.work.roomySlotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3));
		// starts 0, 15, 30 and 45 minutes apart: every pair of these hour-long jobs
		// overlaps
		List<Outcome> outcomes = race(6,
				i -> () -> this.booking.book(request(dealer, start.plusMinutes(15L * (i % 4)), null), null));
		assertThat(outcomes.stream().filter(Outcome::won)).hasSize(1);
		assertThat(this.work.count("SELECT count(*) FROM service_appointments WHERE dealer_id = ?", dealer.id()))
			.isEqualTo(1);
	}

	@Test
	void asManyRacingBookingsAsFreeBaysAndTechniciansAllWinWithoutSharing() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(3, 3);
		OffsetDateTime start = this.work.roomySlotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3));
		List<Outcome> outcomes = race(6, i -> () -> this.booking.book(request(dealer, start, null), null));
		assertThat(outcomes.stream().filter(Outcome::won)).hasSize(3);
		assertThat(this.work.count("SELECT count(DISTINCT bay_id) FROM service_appointments WHERE dealer_id = ?",
				dealer.id()))
			.isEqualTo(3);
		assertThat(this.work.count("SELECT count(DISTINCT technician_id) FROM service_appointments WHERE dealer_id = ?",
				dealer.id()))
			.isEqualTo(3);
	}

	@Test
	void twoAppointmentsMovingIntoOneSlotLeaveOneThereAndTheOtherWhereItWas() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 1);
		OffsetDateTime start = this.work.roomySlotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3));
		UUID a = this.work.booked(this.work.app, dealer, "MAINT-MINOR", start);
		UUID b = this.work.booked(this.work.app, dealer, "MAINT-MINOR", start.plusHours(1));
		OffsetDateTime target = start.plusHours(3);
		List<UUID> movers = List.of(a, b);
		List<Outcome> outcomes = race(2,
				i -> () -> this.booking.reschedule(movers.get(i), new Reschedule(target.toString(), null, null)));
		assertThat(outcomes.stream().filter(Outcome::won)).hasSize(1);
		assertThat(this.work.count("SELECT count(*) FROM service_appointments WHERE dealer_id = ? AND starts_at = ?",
				dealer.id(), java.sql.Timestamp.from(target.toInstant())))
			.isEqualTo(1);
		// every appointment still holds exactly its own hour
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE holder_id = ?", a)).isEqualTo(8);
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE holder_id = ?", b)).isEqualTo(8);
	}

	private NewAppointment request(ServiceWork.Dealer dealer, OffsetDateTime start, @Nullable UUID bay) {
		return new NewAppointment(dealer.id(), "MAINT-MINOR", start.toString(), mobile(), "赛跑", null,
				"藏A" + (10000 + (int) (Math.random() * 89999)), null, null, bay, null);
	}

	private List<Outcome> race(int threads, java.util.function.IntFunction<Callable<Object>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<Outcome>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				Callable<Object> call = calls.apply(i);
				futures.add(pool.submit(() -> {
					go.await();
					return CurrentAccess.as(APP, () -> {
						try {
							call.call();
							return new Outcome(true, null);
						}
						catch (ProblemException ex) {
							return new Outcome(false, ex.type());
						}
						catch (Exception ex) {
							throw new IllegalStateException(ex);
						}
					});
				}));
			}
			go.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get(120, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdown();
		}
	}

	record Outcome(boolean won, @Nullable ProblemType type) {
	}

}
