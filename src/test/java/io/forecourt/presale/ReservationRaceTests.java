package io.forecourt.presale;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.presale.reservations.ReservationDesk;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The presale's races on the suite's database (PostgreSQL when it runs, as in CI): see
 * {@link ReservationRace}. {@link ReservationsOnH2Tests} runs them on the embedded H2.
 */
@PresaleTest
class ReservationRaceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ReservationDesk desk;

	@Autowired
	PresaleEventsRecorder events;

	PresaleWork work;

	@BeforeAll
	void work() {
		this.work = new PresaleWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void twoThousandParticipantsOnSixtyFourThreadsNeverGetMoreThanTheQuotaOrTheCap() throws Exception {
		ReservationRace.neverOversellsAndLosesNoReservation(this.work, this.desk, this.jdbc, this.events, this.clock);
	}

	@Test
	void onePersonRacingThemselvesGetsOneReservation() throws Exception {
		ReservationRace.onePersonRacingThemselvesGetsOneReservation(this.work, this.desk, this.jdbc);
	}

}
