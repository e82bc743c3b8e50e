package io.forecourt.sales.stock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.kernel.vehicle.Vin;
import io.forecourt.support.ApiKeysForTests;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stock API: VIN validation and decoding, registration (single and batch, all or
 * nothing), who may register, arrival with If-Match, demo use, scoping, filters and
 * ageing by the application clock.
 */
@StockTest
class StockVehicleApiTests {

	private static final String VALIDATION = "https://forecourt.dev/problems/validation";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	StockFixture stock;

	UUID dealer;

	UUID otherDealer;

	String manager;

	@BeforeAll
	void fixture() throws Exception {
		this.stock = new StockFixture(this.mvc, this.jdbc, this.accounts);
		this.dealer = this.stock.dealer();
		this.otherDealer = this.stock.dealer();
		this.manager = ApiKeysForTests.issue(this.accounts, Role.DEALER_MANAGER, AccessScope.dealer(this.dealer));
	}

	@Test
	void registeringACarDecodesItsVin() throws Exception {
		String vin = StockFixture.vin();
		this.stock
			.post(this.stock.hq, "/api/v1/stock-vehicles",
					StockFixture.json(vin.substring(0, 8) + "-" + vin.substring(8).toLowerCase(), this.dealer, "E5-LR",
							"PEARL-WHITE", LocalDate.of(2026, 12, 20), null))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(header().string("Location", containsString("/api/v1/stock-vehicles/")))
			.andExpect(jsonPath("$.vin").value(vin))
			.andExpect(jsonPath("$.wmi").value("LHX"))
			.andExpect(jsonPath("$.manufacturer").value("Huaxia Motors"))
			.andExpect(jsonPath("$.modelYear").value(2026))
			.andExpect(jsonPath("$.status").value("IN_TRANSIT"))
			.andExpect(jsonPath("$.inTransit").value(true))
			.andExpect(jsonPath("$.eta").value("2026-12-20"))
			.andExpect(jsonPath("$.daysInStock").doesNotExist());
	}

	@ParameterizedTest
	@ValueSource(strings = { "I", "O", "Q" })
	void aVinWithALetterVinsNeverUseIsRefusedAndNothingWritten(String letter) throws Exception {
		String vin = StockFixture.vin();
		String bad = vin.substring(0, 12) + letter + vin.substring(13);
		long before = this.stock.vehicles();
		this.stock
			.post(this.stock.hq, "/api/v1/stock-vehicles",
					StockFixture.json(bad, this.dealer, "E5-LR", "PEARL-WHITE", LocalDate.of(2026, 12, 20), null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(VALIDATION))
			.andExpect(jsonPath("$.errors[0].field").value("vin"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("never used in a VIN")));
		assertThat(this.stock.vehicles()).isEqualTo(before);
	}

	@Test
	void aVinWithAWrongCheckDigitIsRefusedAndNothingWritten() throws Exception {
		String vin = StockFixture.vin();
		char wrong = vin.charAt(8) == '1' ? '2' : '1';
		long before = this.stock.vehicles();
		this.stock
			.post(this.stock.hq, "/api/v1/stock-vehicles",
					StockFixture.json(vin.substring(0, 8) + wrong + vin.substring(9), this.dealer, "E5-LR",
							"PEARL-WHITE", LocalDate.of(2026, 12, 20), null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("vin"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("check digit")));
		assertThat(this.stock.vehicles()).isEqualTo(before);
	}

	@Test
	void everyBadFieldIsNamedAndABatchWithOneBadCarWritesNothing() throws Exception {
		this.stock.post(this.stock.hq, "/api/v1/stock-vehicles", """
				{"vin": "LHX123", "modelCode": "e5", "trimCode": "E5-LR", "exteriorColourCode": "PEARL WHITE",
				 "interiorColourCode": "INT-BLACK", "eta": "2026-12-20", "arrivedAt": "2026-11-01T00:00:00Z"}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("vin", "dealerId",
					"modelCode", "exteriorColourCode", "eta")));
		long before = this.stock.vehicles();
		String good = StockFixture.json(StockFixture.vin(), this.dealer, "E5-LR", "PEARL-WHITE", null,
				this.clock.instant().minus(Duration.ofDays(1)));
		String unknownDealer = StockFixture.json(StockFixture.vin(), UUID.randomUUID(), "E5-LR", "PEARL-WHITE",
				LocalDate.of(2026, 12, 20), null);
		this.stock
			.post(this.stock.hq, "/api/v1/stock-vehicles/batch",
					"{\"vehicles\": [" + good + "," + unknownDealer + "," + good + "]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("vehicles[1].dealerId", "vehicles[2].vin")));
		assertThat(this.stock.vehicles()).isEqualTo(before);

		String second = StockFixture.json(StockFixture.vin(), this.otherDealer, "M9-BUSINESS", "OBSIDIAN-BLACK",
				LocalDate.of(2026, 12, 24), null);
		this.stock.post(this.stock.hq, "/api/v1/stock-vehicles/batch", "{\"vehicles\": [" + good + "," + second + "]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.vehicles.length()").value(2))
			.andExpect(jsonPath("$.vehicles[0].status").value("IN_STOCK"))
			.andExpect(jsonPath("$.vehicles[1].status").value("IN_TRANSIT"));
		assertThat(this.stock.vehicles()).isEqualTo(before + 2);
		// registered once only
		this.stock.post(this.stock.hq, "/api/v1/stock-vehicles", good)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/duplicate"));
		assertThat(this.stock.vehicles()).isEqualTo(before + 2);
	}

	@Test
	void aCarTheCatalogDoesNotOfferIsRefusedWithEachBadCodeAndNothingWritten() throws Exception {
		long before = this.stock.vehicles();
		String cars = String.join(",", car("X9", "E5-LR", "PEARL-WHITE", "INT-BLACK"),
				car("E5", "S7-LUXURY", "PEARL-WHITE", "INT-BLACK"), car("E5", "E5-LR", "GOLDEN-SAND", "INT-BLACK"),
				car("E5", "E5-LR", "INT-BLACK", "PEARL-WHITE"), car("E5", "E5-LR", "CINNABAR-RED", "INT-BEIGE"),
				car("S7", "S7-COMFORT", "AZURE-BLUE", "INT-BEIGE"));

		this.stock.post(this.stock.hq, "/api/v1/stock-vehicles/batch", "{\"vehicles\": [" + cars + "]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(VALIDATION))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("vehicles[0].modelCode", "vehicles[1].trimCode",
						"vehicles[2].exteriorColourCode", "vehicles[3].exteriorColourCode",
						"vehicles[3].interiorColourCode", "vehicles[4].interiorColourCode")));
		this.stock.post(this.stock.hq, "/api/v1/stock-vehicles", car("E5", "E5-LR", "CINNABAR-RED", "INT-BEIGE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("interiorColourCode"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("'INT-BEIGE' does not go with the exterior colour CINNABAR-RED"));
		this.stock.post(this.stock.hq, "/api/v1/stock-vehicles", car("E5", "S7-LUXURY", "PEARL-WHITE", "INT-BLACK"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("'S7-LUXURY' is a trim of S7, not of E5"));
		assertThat(this.stock.vehicles()).isEqualTo(before);
	}

	private String car(String model, String trim, String exterior, String interior) {
		return """
				{"vin": "%s", "dealerId": "%s", "modelCode": "%s", "trimCode": "%s",
				 "exteriorColourCode": "%s", "interiorColourCode": "%s", "eta": "2026-12-20"}
				""".formatted(StockFixture.vin(), this.dealer, model, trim, exterior, interior);
	}

	@Test
	void onlyHqLogisticsRegistersCars() throws Exception {
		String json = StockFixture.json(StockFixture.vin(), this.dealer, "E5-LR", "PEARL-WHITE",
				LocalDate.of(2026, 12, 20), null);
		this.stock.post(this.manager, "/api/v1/stock-vehicles", json)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/forbidden"));
		String consultant = ApiKeysForTests.issue(this.accounts, Role.SALES_CONSULTANT,
				AccessScope.dealer(this.dealer));
		this.stock.post(consultant, "/api/v1/stock-vehicles", json).andExpect(status().isForbidden());
		String integrator = ApiKeysForTests.issue(this.accounts, Role.INTEGRATOR, AccessScope.all());
		this.stock.post(integrator, "/api/v1/stock-vehicles", json).andExpect(status().isForbidden());
	}

	@Test
	void theDealersManagerRecordsArrivalWithIfMatchAndVehicleArrivedIsPublished() throws Exception {
		UUID car = this.stock.inTransit(this.dealer, "S7-COMFORT", "PEARL-WHITE", LocalDate.of(2026, 12, 1));
		String path = "/api/v1/stock-vehicles/" + car + "/arrival";
		this.mvc.perform(as(this.manager, post(path))).andExpect(status().isPreconditionRequired());
		this.mvc.perform(as(this.manager, post(path)).header("If-Match", "\"7\""))
			.andExpect(status().isPreconditionFailed());
		assertThat(this.events.stream(VehicleArrived.class)).isEmpty();

		this.mvc.perform(as(this.manager, post(path)).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.status").value("IN_STOCK"))
			.andExpect(jsonPath("$.daysInStock").value(0))
			.andExpect(jsonPath("$.ageing").value("DAYS_0_30"));

		assertThat(this.events.stream(VehicleArrived.class)).singleElement().satisfies(e -> {
			assertThat(e.stockVehicleId()).isEqualTo(car);
			assertThat(e.orderId()).isNull();
		});
		this.mvc.perform(as(this.manager, post(path)).header("If-Match", "\"1\"")).andExpect(status().isConflict());
		// a car already at the dealer can serve as its demo car, and come back
		this.mvc
			.perform(as(this.manager, put("/api/v1/stock-vehicles/" + car + "/demo-use")).header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"demo\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEMO"));
		this.mvc
			.perform(as(this.manager, put("/api/v1/stock-vehicles/" + car + "/demo-use")).header("If-Match", "\"2\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"demo\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_STOCK"));
	}

	@Test
	void staffSeeTheirDealersStockOnlyAndHqSeesAll() throws Exception {
		UUID mine = this.stock.inTransit(this.dealer, "E5-STD", "CINNABAR-RED", LocalDate.of(2026, 12, 5));
		UUID theirs = this.stock.inTransit(this.otherDealer, "E5-STD", "CINNABAR-RED", LocalDate.of(2026, 12, 5));
		this.mvc.perform(as(this.manager, get("/api/v1/stock-vehicles/" + theirs))).andExpect(status().isNotFound());
		this.mvc
			.perform(
					as(this.manager, post("/api/v1/stock-vehicles/" + theirs + "/arrival")).header("If-Match", "\"0\""))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(this.manager, get("/api/v1/stock-vehicles?size=100")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem(mine.toString())))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(theirs.toString()))))
			.andExpect(jsonPath("$.items[*].dealerId")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(this.dealer.toString()))));
		this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles/" + theirs)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""));
		String vin = JsonPath.read(this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles/" + theirs)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.vin");
		this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles/by-vin/" + vin.toLowerCase())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(theirs.toString()));
		this.mvc.perform(as(this.manager, get("/api/v1/stock-vehicles/by-vin/" + vin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles?size=101"))).andExpect(status().isBadRequest());
	}

	@Test
	void ageingCountsCalendarDaysByTheApplicationClock() throws Exception {
		UUID dealer = this.stock.dealer();
		ZoneId china = ZoneId.of("Asia/Shanghai");
		// noon, China time, 25 days ago
		Instant arrived = LocalDate.ofInstant(this.clock.instant(), china)
			.minusDays(25)
			.atTime(12, 0)
			.atZone(china)
			.toInstant();
		UUID car = this.stock.inStock(dealer, "M9-FLAGSHIP", "AZURE-BLUE", arrived);
		UUID fresh = this.stock.inTransit(dealer, "M9-FLAGSHIP", "AZURE-BLUE", LocalDate.of(2027, 1, 1));
		String list = "/api/v1/stock-vehicles?dealerId=" + dealer + "&ageing=";
		this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles/" + car)))
			.andExpect(jsonPath("$.daysInStock").value(25))
			.andExpect(jsonPath("$.ageing").value("DAYS_0_30"));
		this.mvc.perform(as(this.stock.hq, get(list + "DAYS_31_60"))).andExpect(jsonPath("$.totalItems").value(0));

		this.clock.advance(Duration.ofDays(10));

		this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles/" + car)))
			.andExpect(jsonPath("$.daysInStock").value(35))
			.andExpect(jsonPath("$.ageing").value("DAYS_31_60"));
		this.mvc.perform(as(this.stock.hq, get(list + "DAYS_31_60")))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].id").value(car.toString()));
		this.mvc.perform(as(this.stock.hq, get(list + "DAYS_0_30"))).andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles?inTransit=true&dealerId=" + dealer)))
			.andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(fresh.toString())));
		this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles?minDaysInStock=36&dealerId=" + dealer)))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles/ageing?dealerId=" + dealer)))
			.andExpect(jsonPath("$.DAYS_0_30").value(0))
			.andExpect(jsonPath("$.DAYS_31_60").value(1))
			.andExpect(jsonPath("$.DAYS_61_90").value(0))
			.andExpect(jsonPath("$.DAYS_OVER_90").value(0));
	}

	@Test
	void theDemoStockHasValidHuaxiaVinsAtTheDemoDealersInEveryAgeingBand() throws Exception {
		List<String> vins = this.jdbc.sql("""
				SELECT v.vin FROM stock_vehicles v JOIN dealers d ON d.id = v.dealer_id
				WHERE d.code IN ('SH-001', 'BJ-001') AND v.vin LIKE 'LHX%H1%'
				""").query(String.class).list();
		assertThat(vins).hasSizeGreaterThanOrEqualTo(26)
			.allSatisfy(vin -> assertThat(Vin.parse(vin).manufacturer()).contains("Huaxia Motors"));
		String sh001 = this.jdbc.sql("SELECT id FROM dealers WHERE code = 'SH-001'").query(String.class).single();
		String body = this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles/ageing?dealerId=" + sh001)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (AgeingBucket bucket : AgeingBucket.values()) {
			assertThat(((Number) JsonPath.read(body, "$." + bucket)).longValue()).as(bucket.name()).isPositive();
		}
		this.mvc.perform(as(this.stock.hq, get("/api/v1/stock-vehicles?inTransit=true&dealerId=" + sh001)))
			.andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThan(0)));
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM stock_vehicles
				WHERE exterior_colour_code = 'CINNABAR-RED' AND interior_colour_code = 'INT-BEIGE'
				""").query(Long.class).single()).as("the demo stock holds cars the catalog offers").isZero();
	}

	private static MockHttpServletRequestBuilder as(String key, MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + key);
	}

}
