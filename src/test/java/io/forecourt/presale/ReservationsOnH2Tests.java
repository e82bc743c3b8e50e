package io.forecourt.presale;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.presale.reservations.ReservationDesk;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presale's races on the embedded default (H2 in PostgreSQL mode, one instance): the
 * suite runs on PostgreSQL, this keeps the claims' H2 path (unlocked candidates and a
 * conditional update) honest.
 */
@SpringBootTest(properties = { "forecourt.test.database=as-configured",
		"spring.datasource.url=jdbc:h2:mem:presale;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "forecourt.presale.schedule=false",
		"forecourt.presale.claim-wait=PT2S" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MutableClock.Configuration.class, PresaleEventsRecorder.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReservationsOnH2Tests {

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
		assertThat(this.jdbc.sql("SELECT H2VERSION()").query(String.class).single()).isNotBlank();
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
