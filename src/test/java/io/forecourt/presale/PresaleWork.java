package io.forecourt.presale;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.presale.launch.ClientSignals;
import io.forecourt.presale.reservations.ReservationAnswer;
import io.forecourt.presale.reservations.ReservationDesk;
import io.forecourt.presale.reservations.ReservationRequest;
import io.forecourt.presale.reservations.ReservationView;
import io.forecourt.support.ApiKeysForTests;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Puts presale campaigns where the tests need them, through the API as HQ, and takes part
 * as the brand app: over HTTP, or straight through the {@link ReservationDesk} for the
 * races (thousands of attempts).
 */
public final class PresaleWork {

	/** A phone's user agent: the brand app on Android. */
	public static final String APP = "HuaxiaApp/5.2.0 (Android 14; Pixel 8) okhttp/4.12.0";

	private static final AtomicLong PHONES = new AtomicLong(
			10_000_000L + (System.nanoTime() & 0x3FFFFFL) * 37 % 80_000_000L);

	/** The brand app as a principal, for calls straight to the desk. */
	public static final ForecourtPrincipal BRAND_APP = new ForecourtPrincipal(UUID.randomUUID().toString(),
			"test brand app", ForecourtPrincipal.Kind.API_KEY, java.util.Set.of(Role.INTEGRATOR), AccessScope.all(),
			null);

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final String hq;

	private final String brandApp;

	private @Nullable String e5;

	private @Nullable String e5Performance;

	private final Clock clock;

	public PresaleWork(MockMvc mvc, JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.clock = clock;
		this.hq = ApiKeysForTests.issue(accounts, Role.OEM_HQ, AccessScope.all());
		this.brandApp = ApiKeysForTests.issue(accounts, Role.INTEGRATOR, AccessScope.all());
	}

	public String hq() {
		return this.hq;
	}

	public String brandApp() {
		return this.brandApp;
	}

	/** A Huaxia E5 Long Range, pearl white, black interior: its share code. */
	public String e5() throws Exception {
		if (this.e5 == null) {
			this.e5 = configure("E5", "E5-LR", "PEARL-WHITE", "INT-BLACK");
		}
		return this.e5;
	}

	/** A Huaxia E5 Performance, cinnabar red, black interior: its share code. */
	public String e5Performance() throws Exception {
		if (this.e5Performance == null) {
			this.e5Performance = configure("E5", "E5-PERF", "CINNABAR-RED", "INT-BLACK");
		}
		return this.e5Performance;
	}

	public String configure(String model, String trim, String exterior, String interior) throws Exception {
		String body = send(this.brandApp, post("/api/v1/configurations"),
				"{\"modelCode\": \"%s\", \"trimCode\": \"%s\", \"exteriorColourCode\": \"%s\", \"interiorColourCode\": \"%s\"}"
					.formatted(model, trim, exterior, interior))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	/** A campaign to create, open from a minute ago for a day unless the test says. */
	public Draft campaign(int quota) throws Exception {
		Instant now = this.clock.instant();
		return new Draft(quota, List.of("{\"configurationCode\": \"" + e5() + "\"}"), now.minusSeconds(60),
				now.plusSeconds(86_400));
	}

	/** Creates the campaign through the API: its code. */
	public String create(Draft draft) throws Exception {
		String code = "T-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		send(this.hq, post("/api/v1/presale/campaigns"), draft.json(code)).andExpect(status().isCreated());
		return code;
	}

	public UUID campaignId(String code) {
		return this.jdbc.sql("SELECT id FROM presale_campaigns WHERE code = ?").param(code).query(UUID.class).single();
	}

	/**
	 * Waits until no batch of the campaign's participants waits for the handover (it runs
	 * in the background, a fraction of a second behind the answers), 30 seconds at most.
	 * @return the participants still waiting: 0 unless the handover is stuck
	 */
	public long awaitHandover(String code) throws InterruptedException {
		UUID id = campaignId(code);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		long waiting;
		while ((waiting = this.jdbc
			.sql("SELECT COALESCE(SUM(people), 0) FROM presale_participant_batches WHERE campaign_id = ?")
			.param(id)
			.query(Long.class)
			.single()) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		return waiting;
	}

	/**
	 * The brand app reserves over HTTP with the app's user agent and a device of its own,
	 * the campaign named in the body ({@code json} is the rest of the body).
	 */
	public ResultActions reserve(String campaign, String json) throws Exception {
		String body = "{\"campaignCode\": \"" + campaign + "\""
				+ (json.strip().equals("{}") ? "}" : ", " + json.strip().substring(1));
		return reserveAt("/api/v1/presale/reservations", body);
	}

	/**
	 * The brand app reserves at {@code path} (the older form names the campaign in it).
	 */
	public ResultActions reserveAt(String path, String json) throws Exception {
		return this.mvc.perform(post(path).header("Authorization", "Bearer " + this.brandApp)
			.header("User-Agent", APP)
			.header(ClientSignals.DEVICE_ID, "device-" + UUID.randomUUID())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/** Reserves over HTTP for a phone, with nothing else said. */
	public ResultActions reserve(String campaign, String phone, String moreJson) throws Exception {
		return reserve(campaign, "{\"phone\": \"" + phone + "\"" + moreJson + "}");
	}

	public ResultActions read(String key, String path) throws Exception {
		return this.mvc.perform(get(path).header("Authorization", "Bearer " + key));
	}

	public ResultActions send(String key, MockHttpServletRequestBuilder request, String json) throws Exception {
		return this.mvc.perform(
				request.header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/**
	 * Straight to the desk as the brand app, from a client address of its own: the
	 * answer, RESERVED or the refusal's problem type.
	 */
	public static Answer attempt(ReservationDesk desk, String campaign, ReservationRequest request,
			ClientSignals client) {
		return switch (CurrentAccess.as(BRAND_APP, () -> desk.reserve(campaign, request, client))) {
			case ReservationAnswer.Reserved reserved -> new Answer("RESERVED", reserved.reservation());
			case ReservationAnswer.Refused refused -> new Answer(refused.problem().type().name(), null);
		};
	}

	/** A client that looks like one participant's phone. */
	public static ClientSignals phoneClient() {
		UUID device = UUID.randomUUID();
		return new ClientSignals("10." + (device.getMostSignificantBits() & 0xFF) + "."
				+ (device.getLeastSignificantBits() & 0xFF) + "." + (device.hashCode() & 0xFF), APP,
				"device-" + device);
	}

	/** A valid 18-character resident ID number (check character computed), one per n. */
	public static String idNumber(int n) {
		// Beijing Dongcheng, born 1990-01-01, sequence n
		String first17 = "11010119900101" + String.format("%03d", n % 1000);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	/** A mobile number no other test uses. */
	public static String mobile() {
		return "139" + String.format("%08d", PHONES.incrementAndGet() % 100_000_000L);
	}

	/** What the desk answered. */
	public record Answer(String outcome, @Nullable ReservationView reservation) {
	}

	/** A campaign request the test adjusts before creating it. */
	public static final class Draft {

		int quota;

		List<String> offers;

		Instant opensAt;

		Instant closesAt;

		int windowMinutes = 15;

		int perPersonLimit = 1;

		boolean idNumberRequired;

		List<String> regions = new ArrayList<>();

		List<String> cities = new ArrayList<>();

		String deposit = "5000";

		Draft(int quota, List<String> offers, Instant opensAt, Instant closesAt) {
			this.quota = quota;
			this.offers = new ArrayList<>(offers);
			this.opensAt = opensAt;
			this.closesAt = closesAt;
		}

		public Draft offers(Map<String, @Nullable Integer> capsByCode) {
			this.offers = new ArrayList<>();
			capsByCode.forEach((code, cap) -> this.offers
				.add("{\"configurationCode\": \"" + code + "\"" + (cap == null ? "" : ", \"cap\": " + cap) + "}"));
			return this;
		}

		public Draft window(Instant opensAt, Instant closesAt) {
			this.opensAt = opensAt;
			this.closesAt = closesAt;
			return this;
		}

		public Draft paymentWindowMinutes(int minutes) {
			this.windowMinutes = minutes;
			return this;
		}

		public Draft perPersonLimit(int limit) {
			this.perPersonLimit = limit;
			return this;
		}

		public Draft idNumberRequired() {
			this.idNumberRequired = true;
			return this;
		}

		public Draft regions(List<String> regionCodes, List<String> cityCodes) {
			this.regions = new ArrayList<>(regionCodes);
			this.cities = new ArrayList<>(cityCodes);
			return this;
		}

		String json(String code) {
			return """
					{"code": "%s", "nameZh": "测试预售 %s", "nameEn": "Test presale %s", "offers": [%s],
					 "quota": %d, "opensAt": "%s", "closesAt": "%s", "deposit": %s, "paymentWindowMinutes": %d,
					 "perPersonLimit": %d, "idNumberRequired": %s, "regionCodes": [%s], "cityCodes": [%s]}
					""".formatted(code, code, code, String.join(", ", this.offers), this.quota, this.opensAt,
					this.closesAt, this.deposit, this.windowMinutes, this.perPersonLimit, this.idNumberRequired,
					quoted(this.regions), quoted(this.cities));
		}

		private static String quoted(List<String> values) {
			return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
		}

	}

}
