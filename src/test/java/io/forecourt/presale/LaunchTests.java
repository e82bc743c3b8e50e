package io.forecourt.presale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.presale.launch.ClientSignals;
import io.forecourt.presale.launch.LaunchCounters;
import io.forecourt.presale.reservations.ReservationDesk;
import io.forecourt.presale.reservations.ReservationRequest;
import io.forecourt.sales.orders.OrderTestDrivers;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The launch as HQ watches it: abuse refused and counted by reason, every participant
 * recorded once with their first answer and handed to the lead center in batches, and the
 * dashboard's figures.
 */
@PresaleTest
class LaunchTests {

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
	LaunchCounters counters;

	@Autowired
	PresaleEventsRecorder events;

	@Autowired
	OrderTestDrivers.Deposits provider;

	PresaleWork work;

	@BeforeAll
	void work() {
		this.work = new PresaleWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void scriptedClientsAreRejectedAndTheBrandsOwnAppIsNot() throws Exception {
		String campaign = this.work.create(this.work.campaign(10));
		for (String agent : List.of("curl/8.5.0", "python-requests/2.32.3", "Go-http-client/2.0",
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0 Safari/537.36",
				"okhttp/4.12.0", "")) {
			attempt(campaign, PresaleWork.mobile(), agent, null).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/presale-rejected"));
		}
		attempt(campaign, PresaleWork.mobile(), PresaleWork.APP, null).andExpect(status().isCreated());
		attempt(campaign, PresaleWork.mobile(),
				"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
						+ " Version/18.1 Mobile/15E148 Safari/604.1",
				null)
			.andExpect(status().isCreated());

		assertThat(this.work.awaitHandover(campaign)).isZero();
		var figures = figures(campaign);
		assertThat((Integer) JsonPath.read(figures, "$.rejections.REJECTED_USER_AGENT")).isEqualTo(6);
		assertThat((Integer) JsonPath.read(figures, "$.answers.RESERVED")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(figures, "$.attempts")).isEqualTo(8);
		// rejected participants are still participants (the lead center decides on them)
		assertThat((Integer) JsonPath.read(figures, "$.participants")).isEqualTo(8);
		assertThat((Integer) JsonPath.read(figures, "$.participantsWaiting")).isZero();
	}

	@Test
	void moreAttemptsThanAPersonMakesAreRejectedAndEachLimitCountsItsOwn() throws Exception {
		String campaign = this.work.create(this.work.campaign(1));
		// a burst: twenty attempts from one device as fast as a script sends them
		ClientSignals device = PresaleWork.phoneClient();
		List<String> burst = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			burst.add(PresaleWork
				.attempt(this.desk, campaign,
						new ReservationRequest(null, PresaleWork.mobile(), null, null, null, null, null, false), device)
				.outcome());
		}
		assertThat(burst).contains("PRESALE_REJECTED");

		// one phone, slower than a burst: ten a minute, then 429 with Retry-After
		String phone = PresaleWork.mobile();
		List<Integer> statuses = new ArrayList<>();
		ResultActions last = null;
		while (statuses.size() < 13 && !statuses.contains(429)) {
			last = attempt(campaign, phone, PresaleWork.APP, null);
			statuses.add(last.andReturn().getResponse().getStatus());
			Thread.sleep(220);
		}
		assertThat(statuses.subList(0, 10)).doesNotContain(429);
		last.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/rate-limited"));

		// one address: 600 a minute, whoever the phones; sixteen clients behind it at
		// once
		String address = "203.0.113." + (int) (Math.random() * 250);
		List<java.util.concurrent.Callable<String>> calls = new ArrayList<>();
		for (int i = 0; i < 1_200; i++) {
			calls.add(
					() -> PresaleWork
						.attempt(this.desk, campaign,
								new ReservationRequest(null, PresaleWork.mobile(), null, null, null, null, null, false),
								new ClientSignals(address, PresaleWork.APP, null))
						.outcome());
		}
		var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
		List<String> outcomes = new ArrayList<>();
		try {
			for (var future : pool.invokeAll(calls)) {
				outcomes.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		long limited = outcomes.stream().filter("RATE_LIMITED"::equals).count();
		assertThat(limited).isPositive();
		assertThat(outcomes.size() - limited).isGreaterThanOrEqualTo(600);

		var figures = figures(campaign);
		assertThat((Integer) JsonPath.read(figures, "$.rejections.REJECTED_BURST"))
			.isEqualTo((int) burst.stream().filter("PRESALE_REJECTED"::equals).count());
		assertThat((Integer) JsonPath.read(figures, "$.rejections.RATE_LIMITED_PHONE")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(figures, "$.rejections.RATE_LIMITED_IP")).isEqualTo((int) limited);
		assertThat((Integer) JsonPath.read(figures, "$.rejections.RATE_LIMITED_DEVICE")).isZero();
		assertThat((Integer) JsonPath.read(figures, "$.answers.RESERVED")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(figures, "$.attempts")).isEqualTo(20 + statuses.size() + 1_200);
	}

	@Test
	void everyParticipantIsRecordedOnceWithTheirFirstAnswerAndPublishedInBatches() throws Exception {
		String campaign = this.work.create(this.work.campaign(1));
		UUID campaignId = this.work.campaignId(campaign);
		String first = PresaleWork.mobile();
		String second = PresaleWork.mobile();
		String recordedElsewhere = PresaleWork.mobile();
		// another instance recorded this person a moment ago
		this.jdbc
			.sql("INSERT INTO presale_participants (campaign_id, person_key, outcome, attempted_at, handed_over_at)"
					+ " VALUES (?, ?, 'SOLD_OUT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
			.params(campaignId, personKey(recordedElsewhere))
			.update();

		this.work.reserve(campaign, first, ", \"name\": \"张三\", \"cityCode\": \"310100\", \"consentMarketing\": true")
			.andExpect(status().isCreated());
		this.work.reserve(campaign, second, "").andExpect(status().isConflict());
		this.work.reserve(campaign, first, "").andExpect(status().isConflict());
		this.work.reserve(campaign, second, "").andExpect(status().isConflict());
		this.work.reserve(campaign, recordedElsewhere, "").andExpect(status().isConflict());

		List<PresaleParticipantsJoined.Participant> published = this.events.participants(campaignId, 2);
		assertThat(published).extracting(PresaleParticipantsJoined.Participant::phone)
			.containsExactly("+86" + first, "+86" + second);
		PresaleParticipantsJoined.Participant reserved = published.get(0);
		assertThat(reserved.outcome()).isEqualTo(PresaleParticipantsJoined.Outcome.RESERVED);
		assertThat(reserved.name()).isEqualTo("张三");
		assertThat(reserved.cityCode()).isEqualTo("310100");
		assertThat(reserved.consentMarketing()).isTrue();
		assertThat(reserved.configurationCode()).isEqualTo(this.work.e5());
		assertThat(reserved.rawPayload()).contains(first).doesNotContain("idNumber");
		assertThat(published.get(1).outcome()).isEqualTo(PresaleParticipantsJoined.Outcome.SOLD_OUT);
		assertThat(this.events.joined(campaignId)).allSatisfy(event -> {
			assertThat(event.campaignCode()).isEqualTo(campaign);
			assertThat(event.brand()).isEqualTo("Huaxia");
			assertThat(event.modelCode()).isEqualTo("E5");
		});
		assertThat(this.work.awaitHandover(campaign)).isZero();
		assertThat(this.jdbc.sql("SELECT outcome FROM presale_participants WHERE campaign_id = ? ORDER BY outcome")
			.param(campaignId)
			.query(String.class)
			.list()).containsExactly("RESERVED", "SOLD_OUT", "SOLD_OUT");
	}

	@Test
	void theDashboardShowsUnitsReservationsAndAnswers() throws Exception {
		java.util.Map<String, Integer> offers = new java.util.LinkedHashMap<>();
		offers.put(this.work.e5(), 2);
		offers.put(this.work.e5Performance(), null);
		String campaign = this.work.create(this.work.campaign(5).offers(offers).paymentWindowMinutes(10));
		String lapsed = reserveId(campaign, this.work.e5());
		this.clock.advance(Duration.ofMinutes(11));
		String paid = reserveId(campaign, this.work.e5());
		reserveId(campaign, this.work.e5Performance());
		reserveId(campaign, this.work.e5());
		this.work.reserve(campaign, PresaleWork.mobile(), ", \"configurationCode\": \"" + this.work.e5() + "\"")
			.andExpect(status().isConflict());
		// three reservations within the last ten seconds (the lapsed one was eleven
		// minutes ago)
		assertThat((Double) JsonPath.read(figures(campaign), "$.reservationsPerSecond")).isEqualTo(0.3);
		String payment = JsonPath.read(this.mvc
			.perform(post("/api/v1/presale/reservations/" + paid + "/deposit-payments")
				.header("Authorization", "Bearer " + this.work.brandApp())
				.header("Idempotency-Key", "dash-" + paid)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"dealerCode\": \"SH-002\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.provider.succeed(UUID.fromString(payment));
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!"PAID".equals(this.jdbc.sql("SELECT status FROM presale_reservations WHERE id = ?")
			.param(UUID.fromString(paid))
			.query(String.class)
			.single()) && System.nanoTime() < until) {
			Thread.sleep(50);
		}

		String figures = figures(campaign);
		assertThat((Integer) JsonPath.read(figures, "$.quota")).isEqualTo(5);
		assertThat((Integer) JsonPath.read(figures, "$.paid")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(figures, "$.liveReserved")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(figures, "$.remaining")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(figures, "$.expired")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(figures, "$.attempts")).isEqualTo(5);
		assertThat((Integer) JsonPath.read(figures, "$.answers.RESERVED")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(figures, "$.answers.SOLD_OUT")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(figures, "$.participants")).isEqualTo(5);
		assertThat((Integer) JsonPath.read(figures, "$.offers[0].cap")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(figures, "$.offers[0].remaining")).isZero();
		assertThat((Integer) JsonPath.read(figures, "$.offers[0].liveReserved")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(figures, "$.offers[0].paid")).isEqualTo(1);
		assertThat((Object) JsonPath.read(figures, "$.offers[1].remaining")).isNull();
		assertThat(lapsed).isNotEqualTo(paid);
		this.work.read(this.work.brandApp(), "/api/v1/presale/campaigns/" + campaign + "/dashboard")
			.andExpect(status().isForbidden());
	}

	private String reserveId(String campaign, String configuration) throws Exception {
		return JsonPath.read(
				this.work.reserve(campaign, PresaleWork.mobile(), ", \"configurationCode\": \"" + configuration + "\"")
					.andExpect(status().isCreated())
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.reservationId");
	}

	private ResultActions attempt(String campaign, String phone, String userAgent, String device) throws Exception {
		var request = post("/api/v1/presale/reservations").header("Authorization", "Bearer " + this.work.brandApp())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"campaignCode\": \"" + campaign + "\", \"phone\": \"" + phone + "\"}");
		if (!userAgent.isEmpty()) {
			request = request.header("User-Agent", userAgent);
		}
		if (device != null) {
			request = request.header(ClientSignals.DEVICE_ID, device);
		}
		return this.mvc.perform(request);
	}

	private String figures(String campaign) throws Exception {
		this.counters.flush();
		return this.work.read(this.work.hq(), "/api/v1/presale/campaigns/" + campaign + "/dashboard")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String personKey(String phone) {
		return this.protection.keyedHash("+86" + phone);
	}

	@Autowired
	io.forecourt.kernel.identity.PersonalDataProtection protection;

}
