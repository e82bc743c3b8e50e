package io.forecourt.presale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.presale.campaigns.Campaign;
import io.forecourt.presale.campaigns.CampaignDirectory;
import io.forecourt.presale.participants.ParticipantRecorder;
import io.forecourt.presale.reservations.PresaleJobs;
import io.forecourt.sales.orders.OrderTestDrivers;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The presale's races on the embedded default (H2 in PostgreSQL mode, one instance): the
 * suite runs on PostgreSQL, this keeps the claims' H2 path (unlocked candidates and a
 * conditional update) honest.
 */
@SpringBootTest(properties = { "forecourt.test.database=as-configured",
		"spring.datasource.url=jdbc:h2:mem:presale;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "forecourt.presale.schedule=false", })
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

	@Autowired
	OrderTestDrivers.Deposits provider;

	@Autowired
	PresaleJobs jobs;

	@Autowired
	ParticipantRecorder recorder;

	@Autowired
	CampaignDirectory campaigns;

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

	@Test
	void aReservationIsPaidIntoAnOrderAndAnotherExpiresOnH2() throws Exception {
		String campaign = this.work.create(this.work.campaign(2).paymentWindowMinutes(10));
		UUID paid = reserve(campaign, ", \"dealerCode\": \"SH-001\"");
		UUID lapsed = reserve(campaign, "");
		String payment = JsonPath.read(this.mvc
			.perform(post("/api/v1/presale/reservations/" + paid + "/deposit-payments")
				.header("Authorization", "Bearer " + this.work.brandApp())
				.header("Idempotency-Key", "h2-" + paid))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.provider.succeed(UUID.fromString(payment));
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (column("order_id", paid) == null && System.nanoTime() < until) {
			Thread.sleep(50);
		}
		assertThat(column("status", paid)).isEqualTo("PAID");
		assertThat(column("order_id", paid)).isNotNull();

		this.clock.advance(Duration.ofMinutes(11));
		assertThat(this.jobs.expireDue()).isGreaterThanOrEqualTo(1);
		assertThat(column("status", lapsed)).isEqualTo("EXPIRED");
		assertThat(column("status", paid)).isEqualTo("PAID");
		assertThat(this.jdbc.sql("SELECT count(*) FROM presale_units WHERE campaign_id = ? AND reservation_id IS NULL")
			.param(this.work.campaignId(campaign))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * The registry of the embedded H2 keeps at most 4,000 characters an event: a batch of
	 * hundreds of participants with long names must be split by size, or it could not be
	 * recorded at all.
	 */
	@Test
	void aLargeBatchOfParticipantsIsPublishedInEventsTheH2RegistryCanHold() throws Exception {
		String code = this.work.create(this.work.campaign(5));
		Campaign campaign = this.campaigns.byCode(code).orElseThrow();
		String longName = "参与者".repeat(30);
		List<CompletableFuture<Boolean>> recorded = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			recorded.add(this.recorder.record(campaign, "h2-batch-" + UUID.randomUUID(),
					new PresaleParticipantsJoined.Participant(PresaleWork.mobile(), longName + i,
							PresaleParticipantsJoined.Outcome.SOLD_OUT, null, "310100", true, this.clock.instant(),
							null)));
		}
		for (CompletableFuture<Boolean> done : recorded) {
			assertThat(done.get(60, TimeUnit.SECONDS)).as("recorded, first time").isTrue();
		}
		assertThat(this.events.participants(campaign.id(), 300)).hasSize(300);
		List<PresaleParticipantsJoined> joined = this.events.joined(campaign.id());
		assertThat(joined.stream().mapToInt(e -> e.participants().size()).sum()).isEqualTo(300);
		assertThat(joined).as("split by size").hasSizeGreaterThan(10);
		assertThat(this.jdbc
			.sql("SELECT max(length(serialized_event)) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + campaign.id() + "%")
			.query(Integer.class)
			.single()).isLessThanOrEqualTo(4_000);
	}

	private UUID reserve(String campaign, String more) throws Exception {
		return UUID.fromString(JsonPath.read(this.work.reserve(campaign, PresaleWork.mobile(), more)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.reservationId"));
	}

	private Object column(String column, UUID reservation) {
		return this.jdbc.sql("SELECT " + column + " FROM presale_reservations WHERE id = ?")
			.param(reservation)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
			.single()
			.orElse(null);
	}

}
