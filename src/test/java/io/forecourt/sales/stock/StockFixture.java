package io.forecourt.sales.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.TestDealers;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test cars and dealers of the stock tests: dealers of their own in Hohhot (no demo
 * dealer there), Huaxia VINs with correct check digits from a serial no demo VIN uses
 * (plant code T), registered through the API as HQ logistics.
 */
public final class StockFixture {

	/** Hohhot: the stock tests' own city. */
	public static final String HOHHOT = "150100";

	private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 500_000));

	final MockMvc mvc;

	final JdbcClient jdbc;

	final String hq;

	StockFixture(MockMvc mvc, JdbcClient jdbc, Accounts accounts) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.hq = ApiKeysForTests.issue(accounts, Role.OEM_HQ, AccessScope.all());
	}

	/** A fresh, valid Huaxia VIN of model year 2026 (T). */
	public static String vin() {
		return Vin.withCheckDigit("LHXE5A2L0TT" + "%06d".formatted(SERIAL.incrementAndGet())).value();
	}

	UUID dealer() throws Exception {
		return TestDealers.register(this.mvc, this.jdbc, this.hq, "ZH", HOHHOT, List.of());
	}

	String key(Role role, AccessScope scope, Accounts accounts) {
		return ApiKeysForTests.issue(accounts, role, scope);
	}

	static String json(String vin, UUID dealer, String trim, String exterior, @Nullable LocalDate eta,
			@Nullable Instant arrivedAt) {
		String model = trim.substring(0, trim.indexOf('-'));
		return """
				{"vin": "%s", "dealerId": "%s", "modelCode": "%s", "trimCode": "%s",
				 "exteriorColourCode": "%s", "interiorColourCode": "INT-BLACK"%s%s}
				""".formatted(vin, dealer, model, trim, exterior, eta == null ? "" : ", \"eta\": \"" + eta + "\"",
				arrivedAt == null ? "" : ", \"arrivedAt\": \"" + arrivedAt + "\"");
	}

	ResultActions post(String key, String path, String body) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post(path)
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** A car at the dealer since the instant. */
	UUID inStock(UUID dealer, String trim, String exterior, Instant arrivedAt) throws Exception {
		return register(json(vin(), dealer, trim, exterior, null, arrivedAt));
	}

	/** A car on its way to the dealer. */
	UUID inTransit(UUID dealer, String trim, String exterior, LocalDate eta) throws Exception {
		return register(json(vin(), dealer, trim, exterior, eta, null));
	}

	private UUID register(String json) throws Exception {
		String body = post(this.hq, "/api/v1/stock-vehicles", json).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	long vehicles() {
		return this.jdbc.sql("SELECT count(*) FROM stock_vehicles").query(Long.class).single();
	}

	static AllocationRequest request(UUID dealer, String trim, String exterior) {
		return new AllocationRequest(UUID.randomUUID(), dealer, trim.substring(0, trim.indexOf('-')), trim, exterior,
				"INT-BLACK");
	}

}
