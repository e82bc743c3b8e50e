package io.forecourt.presale;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.presale.reservations.PresaleJobs;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Unpaid reservations give their units back exactly at the deadline: to the next claim at
 * once, without waiting for the expiry job, which then only records what happened.
 */
@PresaleTest
class ReservationExpiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	PresaleJobs jobs;

	@Autowired
	PresaleEventsRecorder events;

	PresaleWork work;

	@BeforeAll
	void work() {
		this.work = new PresaleWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void anUnpaidUnitGoesToTheNextParticipantExactlyAtTheDeadline() throws Exception {
		String campaign = this.work.create(this.work.campaign(1).paymentWindowMinutes(15));
		String first = PresaleWork.mobile();
		String second = PresaleWork.mobile();
		Reserved a = reserved(this.work.reserve(campaign, first, ""));

		advanceTo(a.expiresAt().minusSeconds(1));
		this.work.reserve(campaign, second, "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/presale-sold-out"));

		advanceTo(a.expiresAt());
		Reserved b = reserved(this.work.reserve(campaign, second, ""));

		assertThat(statusOf(a.id())).isEqualTo("EXPIRED");
		assertThat(this.events.expired(a.id())).hasSize(1);
		assertThat(this.jdbc.sql("SELECT reservation_id FROM presale_units WHERE campaign_id = ?")
			.param(this.work.campaignId(campaign))
			.query(UUID.class)
			.single()).isEqualTo(b.id());
		this.work.read(this.work.brandApp(), "/api/v1/presale/reservations/" + a.id())
			.andExpect(jsonPath("$.status").value("EXPIRED"))
			.andExpect(jsonPath("$.endedAt").exists());
		this.work.reserve(campaign, PresaleWork.mobile(), "").andExpect(status().isConflict());
	}

	@Test
	void theExpiryJobEndsLapsedReservationsOnceAndFreesTheirPeople() throws Exception {
		String campaign = this.work.create(this.work.campaign(2).paymentWindowMinutes(10));
		String phone = PresaleWork.mobile();
		Reserved a = reserved(this.work.reserve(campaign, phone, ""));
		this.work.reserve(campaign, phone, "").andExpect(status().isConflict());

		advanceTo(a.expiresAt().plusMillis(1));
		assertThat(this.jobs.expireDue()).isGreaterThanOrEqualTo(1);
		this.jobs.expireDue();

		assertThat(statusOf(a.id())).isEqualTo("EXPIRED");
		assertThat(this.events.expired(a.id())).hasSize(1);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM presale_units WHERE campaign_id = ? AND reservation_id IS NULL"
					+ " AND held_until IS NULL")
			.param(this.work.campaignId(campaign))
			.query(Long.class)
			.single()).isEqualTo(2);
		reserved(this.work.reserve(campaign, phone, ""));
	}

	@Test
	void aPersonsOwnNextAttemptAfterTheDeadlineEndsTheirLapsedReservation() throws Exception {
		String campaign = this.work.create(this.work.campaign(5).paymentWindowMinutes(5));
		String phone = PresaleWork.mobile();
		Reserved a = reserved(this.work.reserve(campaign, phone, ""));

		advanceTo(a.expiresAt());
		Reserved again = reserved(this.work.reserve(campaign, phone, ""));

		assertThat(again.id()).isNotEqualTo(a.id());
		assertThat(statusOf(a.id())).isEqualTo("EXPIRED");
		assertThat(this.events.expired(a.id())).hasSize(1);
	}

	private void advanceTo(Instant moment) {
		Duration ahead = Duration.between(this.clock.instant(), moment);
		if (!ahead.isNegative()) {
			this.clock.advance(ahead);
		}
	}

	private String statusOf(UUID reservation) {
		return this.jdbc.sql("SELECT status FROM presale_reservations WHERE id = ?")
			.param(reservation)
			.query(String.class)
			.single();
	}

	private static Reserved reserved(ResultActions answer) throws Exception {
		String body = answer.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return new Reserved(UUID.fromString(JsonPath.read(body, "$.reservationId")),
				Instant.parse(JsonPath.read(body, "$.expiresAt")));
	}

	record Reserved(UUID id, Instant expiresAt) {
	}

}
