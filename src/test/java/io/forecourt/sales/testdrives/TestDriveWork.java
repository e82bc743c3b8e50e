package io.forecourt.sales.testdrives;

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
import java.time.Clock;
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
 * Dealers of the test-drive tests' own in Lhasa (540100, empty in the demo network), open
 * 00:00–23:45 every day so a slot is always near, with their people signed in, and the
 * calls the tests make.
 */
final class TestDriveWork {

	static final String LHASA = "540100";

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	final MockMvc mvc;

	final JdbcClient jdbc;

	final Accounts accounts;

	final Clock clock;

	final String hq;

	final String app;

	TestDriveWork(MockMvc mvc, JdbcClient jdbc, Accounts accounts, Clock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.hq = token(Role.OEM_HQ, AccessScope.all(), null);
		this.app = CurrentAccess.asSystem(() -> accounts
			.issueKey(NewApiKey.of("brand app " + UUID.randomUUID(), Role.INTEGRATOR, AccessScope.all(), null, null))
			.secret());
	}

	/** A dealer, its manager, and its consultants signed in. */
	record Dealer(UUID id, String manager, List<UUID> consultantIds, List<String> consultants) {
	}

	/** A dealer with the consultants named, open every day from 00:00 to 23:45. */
	Dealer dealer(String... consultants) throws Exception {
		UUID id = TestDealers.register(this.mvc, this.jdbc, this.hq, "TD", LHASA, List.of(consultants));
		openEveryDay(id, "00:00-23:45");
		List<UUID> staff = this.jdbc.sql("SELECT id FROM staff WHERE dealer_id = ? ORDER BY name, id")
			.param(id)
			.query(UUID.class)
			.list();
		AccessScope scope = AccessScope.dealer(id);
		return new Dealer(id, token(Role.DEALER_MANAGER, scope, null), staff,
				staff.stream().map(s -> token(Role.SALES_CONSULTANT, scope, s)).toList());
	}

	void openEveryDay(UUID dealer, String range) {
		String hours = String.join(",",
				List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
					.stream()
					.map(day -> day + "=" + range)
					.toList());
		this.jdbc.sql("UPDATE dealers SET opening_hours = ? WHERE id = ?").params(hours, dealer).update();
	}

	/** Adds a car to the dealer's fleet as its manager. */
	UUID car(Dealer dealer, String model, String trim) throws Exception {
		String body = send(dealer.manager(), "/api/v1/test-drive-cars", """
				{"dealerId": "%s", "vin": "%s", "modelCode": "%s", "trimCode": "%s", "plate": "藏A%05d"}
				""".formatted(dealer.id(), vin(), model, trim, ThreadLocalRandom.current().nextInt(100000)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	/** The start of the first bookable slot from today on that the test accepts. */
	OffsetDateTime slot(Dealer dealer, String model, Predicate<OffsetDateTime> accept) throws Exception {
		LocalDate today = this.clock.instant().atZone(SHANGHAI).toLocalDate();
		for (int day = 0; day < 3; day++) {
			String body = read(this.hq,
					"/api/v1/test-drive-slots?dealerId=" + dealer.id() + "&modelCode=" + model + "&date="
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

	/** The first slot starting at least this long from now. */
	OffsetDateTime slotAfter(Dealer dealer, String model, Duration ahead) throws Exception {
		Instant earliest = this.clock.instant().plus(ahead);
		return slot(dealer, model, start -> !start.toInstant().isBefore(earliest));
	}

	/** The slot under way now, or the next one: what staff book for a walk-in. */
	OffsetDateTime currentSlot(Dealer dealer, String model) throws Exception {
		Instant now = this.clock.instant();
		return slot(dealer, model, start -> start.toInstant().plus(Duration.ofMinutes(45)).isAfter(now));
	}

	ResultActions book(String key, Dealer dealer, String model, OffsetDateTime start, String phone, String extra)
			throws Exception {
		return send(key, "/api/v1/test-drives", """
				{"dealerId": "%s", "modelCode": "%s", "start": "%s", "phone": "%s", "name": "次仁"%s}
				""".formatted(dealer.id(), model, start, phone, extra));
	}

	UUID booked(String key, Dealer dealer, String model, OffsetDateTime start, String phone) throws Exception {
		String body = book(key, dealer, model, start, phone, "").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	ResultActions send(String key, String path, String json) throws Exception {
		return this.mvc.perform(as(key, post(path)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions read(String key, String path) throws Exception {
		return this.mvc.perform(as(key, get(path)));
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	String statusOf(UUID booking) {
		return this.jdbc.sql("SELECT status FROM test_drive_bookings WHERE id = ?")
			.param(booking)
			.query(String.class)
			.single();
	}

	static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + key);
	}

	static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("condition not met within 10 s");
			}
			Thread.sleep(50);
		}
	}

	/** A random mobile number that trips no junk rule. */
	static String mobile() {
		while (true) {
			String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
			if (!phone.matches(".*(\\d)\\1{7}.*") && !phone.contains("12345678") && !phone.contains("23456789")) {
				return phone;
			}
		}
	}

	/** A Huaxia demo VIN (WMI LHX) with a random serial and a correct check digit. */
	static String vin() {
		String serial = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		String body = "LHXE5A2L0T" + "S" + serial;
		return body.substring(0, 8) + checkDigit(body) + body.substring(9);
	}

	String token(Role role, AccessScope scope, @Nullable UUID staffId) {
		return CurrentAccess.asSystem(() -> {
			String username = "td" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
			var user = this.accounts.createUser(
					new NewUser(username, role + " " + username, "test-password", Set.of(role), scope, staffId, false));
			return this.accounts.issuePersonalToken(user.id(), "test-drive tests", null).secret();
		});
	}

	private static char checkDigit(String vin) {
		for (char digit : "0123456789X".toCharArray()) {
			if (Vin.parseLenient(vin.substring(0, 8) + digit + vin.substring(9)).hasValidCheckDigit()) {
				return digit;
			}
		}
		throw new IllegalStateException("no check digit for " + vin);
	}

}
