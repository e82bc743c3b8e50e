package io.forecourt.presale;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A participant's answers over the API: reserved with a deadline, or a refusal whose
 * problem type says why, and nothing written for a refusal but the participant.
 */
@PresaleTest
class ReservationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	PresaleWork work;

	@BeforeAll
	void work() {
		this.work = new PresaleWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void aParticipantIsReservedWithThePaymentDeadlineAndCanReadTheReservation() throws Exception {
		String campaign = this.work.create(this.work.campaign(5).paymentWindowMinutes(15));
		Instant before = this.clock.instant();

		String body = this.work.reserve(campaign, PresaleWork.mobile(), ", \"name\": \"王小明\", \"cityCode\": \"310100\"")
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("RESERVED"))
			.andExpect(jsonPath("$.campaignCode").value(campaign))
			.andExpect(jsonPath("$.configurationCode").value(this.work.e5()))
			.andExpect(jsonPath("$.deposit").value(5000.0))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Instant expiresAt = Instant.parse(JsonPath.read(body, "$.expiresAt"));
		assertThat(expiresAt).isBetween(before.plus(Duration.ofMinutes(15)),
				this.clock.instant().plus(Duration.ofMinutes(15)));
		String id = JsonPath.read(body, "$.reservationId");
		this.work.read(this.work.brandApp(), "/api/v1/presale/reservations/" + id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESERVED"))
			.andExpect(jsonPath("$.expiresAt").value(JsonPath.<String>read(body, "$.expiresAt")));
		this.work.read(this.work.hq(), "/api/v1/presale/reservations/" + id).andExpect(status().isOk());
	}

	@Test
	void theSamePersonIsRefusedASecondReservation() throws Exception {
		String campaign = this.work.create(this.work.campaign(5));
		String phone = PresaleWork.mobile();
		this.work.reserve(campaign, phone, "").andExpect(status().isCreated());

		// the same number typed another way is the same person
		this.work.reserve(campaign, "+86 " + phone, "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/presale-limit-reached"))
			.andExpect(jsonPath("$.perPersonLimit").value(1));

		assertThat(liveReservations(campaign)).isEqualTo(1);
	}

	@Test
	void aPersonMayHoldAsManyReservationsAsTheLimitSays() throws Exception {
		String campaign = this.work.create(this.work.campaign(5).perPersonLimit(2));
		String phone = PresaleWork.mobile();
		this.work.reserve(campaign, phone, "").andExpect(status().isCreated());
		this.work.reserve(campaign, phone, "").andExpect(status().isCreated());
		this.work.reserve(campaign, phone, "").andExpect(status().isConflict());

		assertThat(liveReservations(campaign)).isEqualTo(2);
	}

	@Test
	void aBodyThatDoesNotReadIsRefusedAsEveryApiRefusesOneAndNobodyIsRecorded() throws Exception {
		String campaign = this.work.create(this.work.campaign(5));
		String phone = PresaleWork.mobile();

		this.work.reserveAt("/api/v1/presale/reservations", "{\"campaignCode\": \"" + campaign + "\", \"phone\": ")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/malformed-request"));
		this.work
			.reserveAt("/api/v1/presale/reservations",
					"{\"campaignCode\": \"" + campaign + "\", \"phone\": \"" + phone + "\", \"seat\": 1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/unknown-field"))
			.andExpect(jsonPath("$.errors[0].field").value("seat"));
		this.work.reserveAt("/api/v1/presale/reservations", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/malformed-request"));
		attempt(this.work.brandApp(), MediaType.TEXT_PLAIN, campaign, phone)
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/unsupported-media-type"));

		assertThat(participants(campaign)).isZero();
	}

	@Test
	void onlyAKeyAllowedToReserveReservesAndARefusedKeyRecordsNobody() throws Exception {
		String campaign = this.work.create(this.work.campaign(5));
		String phone = PresaleWork.mobile();

		// head office manages presales but does not reserve for participants
		attempt(this.work.hq(), MediaType.APPLICATION_JSON, campaign, phone).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/forbidden"));

		assertThat(participants(campaign)).isZero();
		this.work.reserve(campaign, phone, "").andExpect(status().isCreated());
	}

	/** An attempt for a phone with the app's user agent, sent with {@code key}. */
	private ResultActions attempt(String key, MediaType type, String campaign, String phone) throws Exception {
		return this.mvc.perform(post("/api/v1/presale/reservations").header("Authorization", "Bearer " + key)
			.header("User-Agent", PresaleWork.APP)
			.contentType(type)
			.content("{\"campaignCode\": \"" + campaign + "\", \"phone\": \"" + phone + "\"}"));
	}

	/** Participants recorded, whether handed over or waiting in a batch. */
	private long participants(String campaign) {
		UUID id = this.work.campaignId(campaign);
		return this.jdbc.sql("SELECT count(*) FROM presale_participants WHERE campaign_id = ?")
			.param(id)
			.query(Long.class)
			.single()
				+ this.jdbc
					.sql("SELECT COALESCE(SUM(people), 0) FROM presale_participant_batches WHERE campaign_id = ?")
					.param(id)
					.query(Long.class)
					.single();
	}

	@Test
	void theApiDocumentDescribesTheBodyOfAReservationAttempt() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/presale/reservations'].post.requestBody.required").value(true))
			.andExpect(jsonPath(
					"$.paths['/api/v1/presale/reservations'].post.requestBody.content['application/json'].schema['$ref']")
				.value("#/components/schemas/ReservationRequest"))
			.andExpect(jsonPath("$.components.schemas.ReservationRequest.properties.phone").exists())
			.andExpect(jsonPath("$.components.schemas.ReservationRequest.properties.campaignCode").exists());
	}

	@Test
	void theLastUnitGoesToOneAndTheNextIsToldSoldOut() throws Exception {
		String campaign = this.work.create(this.work.campaign(1));
		this.work.reserve(campaign, PresaleWork.mobile(), "").andExpect(status().isCreated());

		this.work.reserve(campaign, PresaleWork.mobile(), "")
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/presale-sold-out"))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail").value("Every unit of presale " + campaign + " is taken"))
			.andExpect(jsonPath("$.instance").value("/api/v1/presale/reservations"));
	}

	@Test
	void beforeTheOpeningAndAfterTheCloseNobodyReserves() throws Exception {
		Instant now = this.clock.instant();
		String upcoming = this.work
			.create(this.work.campaign(5).window(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(3))));
		this.work.reserve(upcoming, PresaleWork.mobile(), "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/presale-not-open"))
			.andExpect(jsonPath("$.opensAt").exists());

		String closing = this.work
			.create(this.work.campaign(5).window(now.minus(Duration.ofHours(1)), now.plus(Duration.ofMinutes(1))));
		this.clock.advance(Duration.ofMinutes(2));
		this.work.reserve(closing, PresaleWork.mobile(), "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/presale-closed"));

		assertThat(liveReservations(upcoming) + liveReservations(closing)).isZero();
	}

	@Test
	void aRegionalPresaleAdmitsItsCitiesAndTheCitiesOfItsRegionsDealersOnly() throws Exception {
		// EAST has the demo dealers of Shanghai (310100); Guangzhou (440100) is SOUTH's;
		// Haikou (460100) is listed by city
		String campaign = this.work.create(this.work.campaign(5).regions(List.of("EAST"), List.of("460100")));

		this.work.reserve(campaign, PresaleWork.mobile(), ", \"cityCode\": \"310100\"").andExpect(status().isCreated());
		this.work.reserve(campaign, PresaleWork.mobile(), ", \"cityCode\": \"460100\"").andExpect(status().isCreated());
		this.work.reserve(campaign, PresaleWork.mobile(), ", \"cityCode\": \"440100\"")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/presale-region-not-allowed"));
		this.work.reserve(campaign, PresaleWork.mobile(), ", \"dealerCode\": \"GZ-001\"")
			.andExpect(status().isUnprocessableContent());
		this.work.reserve(campaign, PresaleWork.mobile(), ", \"dealerCode\": \"SH-002\"")
			.andExpect(status().isCreated());
		// where the participant is must be said
		this.work.reserve(campaign, PresaleWork.mobile(), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cityCode"));

		assertThat(liveReservations(campaign)).isEqualTo(3);
	}

	@Test
	void whereTheIdNumberIsRequiredItIsCheckedAndLimitsThePersonWhateverThePhone() throws Exception {
		String campaign = this.work.create(this.work.campaign(5).idNumberRequired());

		this.work.reserve(campaign, PresaleWork.mobile(), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		String valid = PresaleWork.idNumber(417);
		String mistyped = valid.substring(0, 17) + (valid.charAt(17) == '1' ? "2" : "1");
		this.work.reserve(campaign, PresaleWork.mobile(), ", \"idNumber\": \"" + mistyped + "\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));

		this.work.reserve(campaign, PresaleWork.mobile(), ", \"idNumber\": \"" + valid + "\"")
			.andExpect(status().isCreated());
		this.work.reserve(campaign, PresaleWork.mobile(), ", \"idNumber\": \"" + valid.toLowerCase() + "\"")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/presale-limit-reached"));

		assertThat(liveReservations(campaign)).isEqualTo(1);
		// the number itself is never stored
		assertThat(this.jdbc.sql("SELECT count(*) FROM presale_reservations WHERE id_number_key = ?")
			.param(valid)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
		String single = this.work.create(this.work.campaign(5));
		this.work.reserve(single, "{\"phone\": \"12345\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
		this.work.reserve(single, "{\"phone\": \"02161234567\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("must be a mobile number"));
		this.work.reserve(single, PresaleWork.mobile(), ", \"configurationCode\": \"ZZZZZZZZ\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("configurationCode"));
		this.work.reserve(single, PresaleWork.mobile(), ", \"cityCode\": \"999999\", \"dealerCode\": \"NOPE\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		this.work.reserve("NO-SUCH-PRESALE", PresaleWork.mobile(), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("campaignCode"));
		this.work.reserveAt("/api/v1/presale/reservations", "{\"phone\": \"" + PresaleWork.mobile() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("campaignCode"))
			.andExpect(jsonPath("$.errors[0].message").value("is required"));

		String twoOffers = this.work
			.create(this.work.campaign(5).offers(Map.of(this.work.e5(), 2, this.work.e5Performance(), 2)));
		this.work.reserve(twoOffers, PresaleWork.mobile(), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("configurationCode"));

		UUID id = this.work.campaignId(single);
		assertThat(this.jdbc.sql("SELECT count(*) FROM presale_reservations WHERE campaign_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(participants(single)).isZero();
	}

	@Test
	void theOlderPathFormNamesTheCampaignInThePathAndReservesAlike() throws Exception {
		String campaign = this.work.create(this.work.campaign(1));
		String path = "/api/v1/presale/campaigns/" + campaign + "/reservations";
		this.work.reserveAt(path, "{\"phone\": \"" + PresaleWork.mobile() + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.campaignCode").value(campaign));
		this.work.reserveAt(path, "{\"phone\": \"" + PresaleWork.mobile() + "\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/presale-sold-out"));
		this.work.reserveAt(path, "{\"campaignCode\": \"SOMETHING-ELSE\", \"phone\": \"" + PresaleWork.mobile() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("campaignCode"));
		this.work
			.reserveAt("/api/v1/presale/campaigns/NO-SUCH-PRESALE/reservations",
					"{\"phone\": \"" + PresaleWork.mobile() + "\"}")
			.andExpect(status().isNotFound());

		assertThat(liveReservations(campaign)).isEqualTo(1);
	}

	@Test
	void onlyTheBrandAppReservesAndOnlyHqCreatesCampaigns() throws Exception {
		String campaign = this.work.create(this.work.campaign(5));
		this.work
			.send(this.work.hq(),
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.post("/api/v1/presale/reservations"),
					"{\"campaignCode\": \"" + campaign + "\", \"phone\": \"" + PresaleWork.mobile() + "\"}")
			.andExpect(status().isForbidden());
		this.work
			.send(this.work.brandApp(),
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.post("/api/v1/presale/campaigns"),
					"{}")
			.andExpect(status().isForbidden());
	}

	private long liveReservations(String campaign) {
		return this.jdbc
			.sql("SELECT count(*) FROM presale_reservations WHERE campaign_id = ? AND status IN ('RESERVED', 'PAID')")
			.param(this.work.campaignId(campaign))
			.query(Long.class)
			.single();
	}

}
