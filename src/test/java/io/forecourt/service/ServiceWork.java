package io.forecourt.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.NewApiKey;
import io.forecourt.kernel.security.NewUser;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.support.TestDealers;
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
 * Workshops of the service tests' own in Lhasa (540100, empty in the demo network), open
 * 00:00-23:45 every day unless a test says otherwise, with their manager and service
 * advisor signed in, and the calls the tests make.
 */
public final class ServiceWork {

	public static final String LHASA = "540100";

	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	public final MockMvc mvc;

	public final JdbcClient jdbc;

	public final Accounts accounts;

	public final Clock clock;

	public final String hq;

	public final String app;

	public ServiceWork(MockMvc mvc, JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.hq = token(Role.OEM_HQ, AccessScope.all(), null);
		this.app = CurrentAccess.asSystem(() -> accounts
			.issueKey(NewApiKey.of("brand app " + UUID.randomUUID(), Role.INTEGRATOR, AccessScope.all(), null, null))
			.secret());
	}

	/** A dealer with its manager and its service advisor signed in. */
	public record Dealer(UUID id, String manager, String advisor) {
	}

	/** A dealer open every day from 00:00 to 23:45, with no workshop yet. */
	public Dealer dealer() throws Exception {
		return dealer("00:00-23:45");
	}

	public Dealer dealer(String hours) throws Exception {
		UUID id = TestDealers.register(this.mvc, this.jdbc, this.hq, "SV", LHASA, List.of());
		openEveryDay(id, hours);
		AccessScope scope = AccessScope.dealer(id);
		return new Dealer(id, token(Role.DEALER_MANAGER, scope, null), token(Role.SERVICE_ADVISOR, scope, null));
	}

	public void openEveryDay(UUID dealer, String range) {
		String hours = String.join(",",
				List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
					.stream()
					.map(day -> day + "=" + range)
					.toList());
		this.jdbc.sql("UPDATE dealers SET opening_hours = ? WHERE id = ?").params(hours, dealer).update();
	}

	/** Adds a bay as the dealer's manager. */
	public UUID bay(Dealer dealer, String kind) throws Exception {
		String code = "B" + Long.toString(System.nanoTime(), 36).toUpperCase();
		return id(send(dealer.manager(), "/api/v1/service/dealers/" + dealer.id() + "/bays", """
				{"code": "%s", "name": "Bay %s", "kind": "%s"}
				""".formatted(code, code, kind)).andExpect(status().isCreated()));
	}

	/** Adds a technician with these skills as the dealer's manager. */
	public UUID technician(Dealer dealer, String name, String... skills) throws Exception {
		String list = String.join(",", List.of(skills).stream().map(s -> "\"" + s + "\"").toList());
		return id(send(dealer.manager(), "/api/v1/service/dealers/" + dealer.id() + "/technicians", """
				{"name": "%s", "skills": [%s]}
				""".formatted(name, list)).andExpect(status().isCreated()));
	}

	/** Offers a service type as the dealer's manager. */
	public void serviceType(Dealer dealer, String code, int minutes, String skill, String bayKind) throws Exception {
		send(dealer.manager(), "/api/v1/service/dealers/" + dealer.id() + "/service-types", """
				{"code": "%s", "category": "MAINTENANCE", "nameZh": "保养 %s", "nameEn": "Service %s",
				 "standardMinutes": %d, "requiredSkill": "%s", "requiredBayKind": "%s", "intervalKm": 10000,
				 "intervalMonths": 12}
				""".formatted(code, code, code, minutes, skill, bayKind)).andExpect(status().isCreated());
	}

	/**
	 * A dealer with one general bay and one maintenance technician per count, offering a
	 * 60-minute {@code MAINT-MINOR}.
	 */
	public Dealer workshop(int bays, int technicians) throws Exception {
		Dealer dealer = dealer();
		for (int i = 0; i < bays; i++) {
			bay(dealer, "GENERAL");
		}
		for (int i = 0; i < technicians; i++) {
			technician(dealer, "技师" + i, "MAINTENANCE");
		}
		serviceType(dealer, "MAINT-MINOR", 60, "MAINTENANCE", "GENERAL");
		return dealer;
	}

	/** The first bookable start from today on that the test accepts. */
	public OffsetDateTime slot(Dealer dealer, String type, Predicate<OffsetDateTime> accept) throws Exception {
		LocalDate today = this.clock.instant().atZone(SHANGHAI).toLocalDate();
		for (int day = 0; day < 3; day++) {
			String body = read(this.hq,
					"/api/v1/service/dealers/" + dealer.id() + "/slots?serviceType=" + type + "&date="
							+ today.plusDays(day))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			// only starts the caller can book: a full slot is listed too, not bookable
			List<String> starts = JsonPath.read(body, "$.slots[?(@.bookable == true)].start");
			for (String start : starts) {
				OffsetDateTime parsed = OffsetDateTime.parse(start);
				if (accept.test(parsed)) {
					return parsed;
				}
			}
		}
		throw new IllegalStateException("no slot found");
	}

	/** The first offered start at least this long from now. */
	public OffsetDateTime slotAfter(Dealer dealer, String type, Duration ahead) throws Exception {
		Instant earliest = this.clock.instant().plus(ahead);
		return slot(dealer, type, start -> !start.toInstant().isBefore(earliest));
	}

	/**
	 * The first offered start at least this long from now that leaves the rest of the
	 * local day after it (starts by 19:00), for tests that book or move a few hours later
	 * the same day: the shared clock may stand anywhere in the day.
	 */
	public OffsetDateTime roomySlotAfter(Dealer dealer, String type, Duration ahead) throws Exception {
		Instant earliest = this.clock.instant().plus(ahead);
		return slot(dealer, type, start -> !start.toInstant().isBefore(earliest)
				&& !start.atZoneSameInstant(SHANGHAI).toLocalTime().isAfter(java.time.LocalTime.of(19, 0)));
	}

	public ResultActions book(String key, Dealer dealer, String type, OffsetDateTime start, String phone, String extra)
			throws Exception {
		return send(key, "/api/v1/service/appointments", """
				{"dealerId": "%s", "serviceType": "%s", "start": "%s", "phone": "%s", "name": "次仁",
				 "plate": "藏A%05d"%s}
				""".formatted(dealer.id(), type, start, phone, ThreadLocalRandom.current().nextInt(100000), extra));
	}

	public UUID booked(String key, Dealer dealer, String type, OffsetDateTime start) throws Exception {
		return id(book(key, dealer, type, start, mobile(), "").andExpect(status().isCreated()));
	}

	public ResultActions send(String key, String path, String json) throws Exception {
		return this.mvc.perform(as(key, post(path)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public ResultActions read(String key, String path) throws Exception {
		return this.mvc.perform(as(key, get(path)));
	}

	public long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	public String statusOf(UUID appointment) {
		return this.jdbc.sql("SELECT status FROM service_appointments WHERE id = ?")
			.param(appointment)
			.query(String.class)
			.single();
	}

	/** How the API writes a time: ISO 8601 with seconds and offset. */
	public static String iso(OffsetDateTime time) {
		return time.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	public static UUID id(ResultActions result) throws Exception {
		return UUID.fromString(JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id"));
	}

	public static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + key);
	}

	public static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 15_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("condition not met within 15 s");
			}
			Thread.sleep(50);
		}
	}

	/** A random mobile number that trips no junk rule. */
	public static String mobile() {
		while (true) {
			String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
			if (!phone.matches(".*(\\d)\\1{7}.*") && !phone.contains("12345678") && !phone.contains("23456789")) {
				return phone;
			}
		}
	}

	/** A Huaxia VIN (WMI LHX) with a random serial and a correct check digit. */
	public static String vin() {
		return Vin.withCheckDigit("LHXE5A2L0TS" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)))
			.value();
	}

	public String token(Role role, AccessScope scope, @Nullable UUID staffId) {
		return CurrentAccess.asSystem(() -> {
			String username = "sv" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
			var user = this.accounts.createUser(
					new NewUser(username, role + " " + username, "test-password", Set.of(role), scope, staffId, false));
			return this.accounts.issuePersonalToken(user.id(), "service tests", null).secret();
		});
	}

}
