package io.forecourt.sales.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.NewApiKey;
import io.forecourt.kernel.security.NewUser;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.tenancy.CurrentAccess;
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
 * Puts orders where the order tests need them, through the API, at dealers of the orders'
 * own test city (460100, Haikou), with the people who work them signed in.
 */
public final class OrderWork {

	public static final String CITY = "460100";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final String hq;

	private final String integrator;

	private @Nullable String e5;

	private @Nullable String s7;

	public OrderWork(MockMvc mvc, JdbcClient jdbc, Accounts accounts) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.hq = token(Role.OEM_HQ, AccessScope.all(), null);
		this.integrator = CurrentAccess.asSystem(() -> accounts
			.issueKey(NewApiKey.of("order work " + UUID.randomUUID(), Role.INTEGRATOR, AccessScope.all(), null, null))
			.secret());
	}

	/** A dealer's manager and two consultants, signed in. */
	public record Dealer(UUID id, String manager, UUID consultantId, String consultant, UUID colleagueId,
			String colleague) {
	}

	public String hq() {
		return this.hq;
	}

	/** The brand app: an integrator key of the whole network. */
	public String brandApp() {
		return this.integrator;
	}

	/** A new dealer of the test city with a manager and two consultants. */
	public Dealer dealer() throws Exception {
		UUID dealerId = TestDealers.register(this.mvc, this.jdbc, this.hq, "ZHK", CITY, List.of("符小明", "王海燕"));
		List<UUID> consultants = this.jdbc.sql("SELECT id FROM staff WHERE dealer_id = ? ORDER BY created_at, id")
			.param(dealerId)
			.query(UUID.class)
			.list();
		AccessScope scope = AccessScope.dealer(dealerId);
		return new Dealer(dealerId, token(Role.DEALER_MANAGER, scope, null), consultants.get(0),
				token(Role.SALES_CONSULTANT, scope, consultants.get(0)), consultants.get(1),
				token(Role.SALES_CONSULTANT, scope, consultants.get(1)));
	}

	/**
	 * A Huaxia E5 Long Range in pearl white with a black interior, configured through the
	 * catalog's API by the brand app: its share code.
	 */
	public String e5() throws Exception {
		if (this.e5 == null) {
			this.e5 = configure("E5", "E5-LR", "PEARL-WHITE", "INT-BLACK");
		}
		return this.e5;
	}

	/** A Huaxia S7 Luxury in obsidian black with a beige interior: its share code. */
	public String s7() throws Exception {
		if (this.s7 == null) {
			this.s7 = configure("S7", "S7-LUXURY", "OBSIDIAN-BLACK", "INT-BEIGE");
		}
		return this.s7;
	}

	/** Configures and stores a car through the catalog's API: its share code. */
	public String configure(String model, String trim, String exterior, String interior) throws Exception {
		String body = send(this.integrator, post("/api/v1/configurations"),
				"{\"modelCode\": \"%s\", \"trimCode\": \"%s\", \"exteriorColourCode\": \"%s\", \"interiorColourCode\": \"%s\"}"
					.formatted(model, trim, exterior, interior))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.code");
	}

	/** Places an order of the E5 as the dealer's consultant for a new buyer. */
	public UUID place(Dealer dealer, @Nullable UUID leadId) throws Exception {
		String lead = leadId == null ? "" : ", \"leadId\": \"" + leadId + "\"";
		String body = send(dealer.consultant(), post("/api/v1/orders"), "{\"configurationCode\": \"" + e5()
				+ "\", \"phone\": \"" + mobile() + "\", \"buyerFirstName\": \"小龙\"" + lead + "}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	/** Where the order's car is to come from when it is allocated. */
	public enum Supply {

		/** A matching car standing at the order's dealer. */
		AT_DEALER,

		/** A matching car on its way to the order's dealer. */
		IN_TRANSIT,

		/** No matching car: allocation raises a factory order. */
		FACTORY

	}

	/**
	 * Puts a car matching the order's configuration into the real stock of the order's
	 * dealer (registered by HQ logistics through the stock API), or none for a factory
	 * order. Each order of these tests gets its own car: allocation takes the oldest
	 * matching one, so the car registered here is the order's unless an older one waits.
	 */
	public void supply(UUID orderId, Supply supply) throws Exception {
		if (supply == Supply.FACTORY) {
			return;
		}
		var order = this.jdbc
			.sql("SELECT dealer_id, model_code, trim_code, exterior_colour_code, interior_colour_code"
					+ " FROM sales_orders WHERE id = ?")
			.param(orderId)
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.single();
		String where = supply == Supply.AT_DEALER ? "\"arrivedAt\": \"" + Instant.now().minusSeconds(86_400) + "\""
				: "\"eta\": \"" + LocalDate.now().plusDays(7) + "\"";
		send(this.hq, post("/api/v1/stock-vehicles"), """
				{"vin": "%s", "dealerId": "%s", "modelCode": "%s", "trimCode": "%s",
				 "exteriorColourCode": "%s", "interiorColourCode": "%s", %s}
				""".formatted(TestVins.next().value(), order.get(0), order.get(1), order.get(2), order.get(3),
				order.get(4), where))
			.andExpect(status().isCreated());
	}

	/** HQ logistics ships a car for the order's open factory order: its VIN. */
	public String shipFactoryOrder(UUID orderId) throws Exception {
		UUID factoryOrder = this.jdbc.sql("SELECT id FROM factory_orders WHERE order_id = ?")
			.param(orderId)
			.query(UUID.class)
			.single();
		String vin = TestVins.next().value();
		shipment(factoryOrder, vin).andExpect(status().isCreated());
		return vin;
	}

	/** The shipment of a car for a factory order, as HQ logistics posts it. */
	public ResultActions shipment(UUID factoryOrderId, String vin) throws Exception {
		return send(this.hq, post("/api/v1/factory-orders/" + factoryOrderId + "/shipments"),
				"{\"vin\": \"" + vin + "\", \"eta\": \"" + LocalDate.now().plusDays(5) + "\"}");
	}

	/** HQ logistics records that the order's car reached its dealer. */
	public ResultActions markArrived(UUID orderId) throws Exception {
		var car = this.jdbc.sql("SELECT id, version FROM stock_vehicles WHERE order_id = ?")
			.param(orderId)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getLong(2) })
			.single();
		return send(this.hq,
				post("/api/v1/stock-vehicles/" + car[0] + "/arrival").header("If-Match", "\"" + car[1] + "\""), "{}");
	}

	/** The stock status of the car the order has, or null when it has none. */
	public @Nullable String carStatus(UUID orderId) {
		return this.jdbc.sql("SELECT status FROM stock_vehicles WHERE order_id = ?")
			.param(orderId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	public ResultActions send(String key, MockHttpServletRequestBuilder request, String json) throws Exception {
		return this.mvc.perform(as(key, request).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public ResultActions read(String key, String path) throws Exception {
		return this.mvc.perform(as(key, get(path)));
	}

	/** A transition with the order's current ETag. */
	public ResultActions move(String key, UUID orderId, String action) throws Exception {
		return move(key, orderId, action, "{}");
	}

	public ResultActions move(String key, UUID orderId, String action, String json) throws Exception {
		return send(key,
				post("/api/v1/orders/" + orderId + "/" + action).header("If-Match", "\"" + version(orderId) + "\""),
				json);
	}

	public long version(UUID orderId) {
		return this.jdbc.sql("SELECT version FROM sales_orders WHERE id = ?").param(orderId).query(Long.class).single();
	}

	public String statusOf(UUID orderId) {
		return this.jdbc.sql("SELECT status FROM sales_orders WHERE id = ?")
			.param(orderId)
			.query(String.class)
			.single();
	}

	public long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	public static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + key);
	}

	public static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within 10 seconds");
			}
			Thread.sleep(50);
		}
	}

	private String token(Role role, AccessScope scope, @Nullable UUID staffId) {
		return CurrentAccess.asSystem(() -> {
			String username = "o" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
			var user = this.accounts.createUser(
					new NewUser(username, role + " " + username, "test-password", Set.of(role), scope, staffId, false));
			return this.accounts.issuePersonalToken(user.id(), "order tests", null).secret();
		});
	}

	static String mobile() {
		while (true) {
			String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
			if (!phone.matches(".*(\\d)\\1{7}.*") && !phone.contains("12345678") && !phone.contains("23456789")) {
				return phone;
			}
		}
	}

}
