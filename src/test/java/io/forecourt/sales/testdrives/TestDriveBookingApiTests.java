package io.forecourt.sales.testdrives;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.sales.TestDriveBooked;
import io.forecourt.sales.TestDriveCancelled;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.sales.testdrives.TestDriveWork.SHANGHAI;
import static io.forecourt.sales.testdrives.TestDriveWork.as;
import static io.forecourt.sales.testdrives.TestDriveWork.mobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Slots from opening hours, fleet and absences; bookings, rescheduling and cancelling
 * freeing their slot; bad input answered 4xx with nothing written; and each dealer's
 * people kept to their dealer.
 */
@TestDriveTest
class TestDriveBookingApiTests {

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

	TestDriveWork work;

	@BeforeAll
	void work() {
		this.work = new TestDriveWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void slotsComeFromOpeningHoursAndCountFreeCarsAndConsultants() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("卓玛", "扎西");
		LocalDate tomorrow = this.clock.instant().atZone(SHANGHAI).toLocalDate().plusDays(1);
		DayOfWeek open = tomorrow.getDayOfWeek();
		this.jdbc.sql("UPDATE dealers SET opening_hours = ? WHERE id = ?")
			.params(open + "=09:00-12:00", dealer.id())
			.update();
		UUID first = this.work.car(dealer, "E5", "E5-STD");
		this.work.car(dealer, "E5", "E5-LR");
		this.work.car(dealer, "S7", "S7-COMFORT");
		String day = "/api/v1/test-drive-slots?modelCode=E5&dealerId=" + dealer.id() + "&date=" + tomorrow;

		this.work.read(dealer.consultants().get(0), day)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(true))
			.andExpect(jsonPath("$.slotMinutes").value(45))
			.andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
			.andExpect(jsonPath("$.slots[*].start").value(containsInAnyOrder(tomorrow + "T09:00:00+08:00",
					tomorrow + "T09:45:00+08:00", tomorrow + "T10:30:00+08:00", tomorrow + "T11:15:00+08:00")))
			.andExpect(jsonPath("$.slots[0].end").value(tomorrow + "T09:45:00+08:00"))
			.andExpect(jsonPath("$.slots[*].freeCars").value(containsInAnyOrder(2, 2, 2, 2)))
			.andExpect(jsonPath("$.slots[*].freeConsultants").value(containsInAnyOrder(2, 2, 2, 2)))
			.andExpect(jsonPath("$.slots[0].bookable").value(true));
		// a closed day has no slots
		this.work
			.read(this.work.hq, "/api/v1/test-drive-slots?dealerId=" + dealer.id() + "&date=" + tomorrow.plusDays(1))
			.andExpect(jsonPath("$.open").value(false))
			.andExpect(jsonPath("$.slots").isEmpty());

		// a car in the workshop, a consultant's day off
		String etag = this.work.read(dealer.manager(), "/api/v1/test-drive-cars/" + first)
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(as(dealer.manager(), patch("/api/v1/test-drive-cars/" + first)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"MAINTENANCE\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MAINTENANCE"));
		this.work.send(dealer.manager(), "/api/v1/test-drive-absences", """
				{"dealerId": "%s", "staffId": "%s", "date": "%s", "reason": "年假"}
				""".formatted(dealer.id(), dealer.consultantIds().get(0), tomorrow)).andExpect(status().isCreated());
		this.work.read(this.work.hq, day)
			.andExpect(jsonPath("$.slots[*].freeCars").value(containsInAnyOrder(1, 1, 1, 1)))
			.andExpect(jsonPath("$.slots[*].freeConsultants").value(containsInAnyOrder(1, 1, 1, 1)));

		// a booking takes the last car and consultant of its slot, and only of its slot
		OffsetDateTime nineFortyFive = tomorrow.atTime(9, 45).atZone(SHANGHAI).toOffsetDateTime();
		String body = this.work.book(this.work.app, dealer, "E5", nineFortyFive, mobile(), "")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("http://localhost/api/v1/test-drives/")))
			.andExpect(jsonPath("$.status").value("BOOKED"))
			.andExpect(jsonPath("$.channel").value("APP"))
			.andExpect(jsonPath("$.trimCode").value("E5-LR"))
			.andExpect(jsonPath("$.consultantId").value(dealer.consultantIds().get(1).toString()))
			.andExpect(jsonPath("$.start").value(tomorrow + "T09:45:00+08:00"))
			.andExpect(jsonPath("$.end").value(tomorrow + "T10:30:00+08:00"))
			.andExpect(jsonPath("$.phone").value(startsWith("137****")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID booking = UUID.fromString(JsonPath.read(body, "$.id"));
		this.work.read(this.work.hq, day)
			.andExpect(jsonPath("$.slots[1].freeCars").value(0))
			.andExpect(jsonPath("$.slots[1].freeConsultants").value(0))
			.andExpect(jsonPath("$.slots[1].bookable").value(false))
			.andExpect(jsonPath("$.slots[0].freeCars").value(1))
			.andExpect(jsonPath("$.slots[2].freeConsultants").value(1));
		assertThat(this.events.stream(TestDriveBooked.class).filter(e -> e.bookingId().equals(booking))).singleElement()
			.satisfies(e -> assertThat(e.modelCode()).isEqualTo("E5"));
		// the consultant with drives booked cannot take that day off
		this.work.send(dealer.manager(), "/api/v1/test-drive-absences", """
				{"dealerId": "%s", "staffId": "%s", "date": "%s"}
				""".formatted(dealer.id(), dealer.consultantIds().get(1), tomorrow)).andExpect(status().isConflict());
	}

	@Test
	void reschedulingAndCancellingFreeTheSlot() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("央金");
		UUID car = this.work.car(dealer, "M9", "M9-BUSINESS");
		OffsetDateTime first = this.work.slotAfter(dealer, "M9", Duration.ofHours(3));
		OffsetDateTime second = this.work.slot(dealer, "M9", start -> start.isAfter(first));
		UUID booking = this.work.booked(this.work.app, dealer, "M9", first, mobile());
		// one car, one consultant: the slot is taken
		this.work.book(this.work.app, dealer, "M9", first, mobile(), "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/conflict"));

		this.work
			.send(dealer.consultants().get(0), "/api/v1/test-drives/" + booking + "/reschedule",
					"{\"start\": \"" + second + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value(iso(second)))
			.andExpect(jsonPath("$.carId").value(car.toString()));
		assertThat(holds(booking)).isEqualTo(2 * 3);
		UUID taker = this.work.booked(this.work.app, dealer, "M9", first, mobile());

		this.work.send(this.work.app, "/api/v1/test-drives/" + booking + "/cancel", "{\"reason\": \"改天再来\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.cancelReason").value("改天再来"));
		assertThat(holds(booking)).isZero();
		assertThat(holds(taker)).isEqualTo(6);
		this.work.booked(this.work.app, dealer, "M9", second, mobile());
		// a cancelled drive cannot be cancelled or moved again
		this.work.send(this.work.app, "/api/v1/test-drives/" + booking + "/cancel", "{}")
			.andExpect(status().isConflict());
		assertThat(this.events.stream(TestDriveCancelled.class).filter(e -> e.bookingId().equals(booking))).hasSize(1);
		// and a car with drives to come cannot go to the workshop
		String etag = this.work.read(dealer.manager(), "/api/v1/test-drive-cars/" + car)
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.mvc
			.perform(as(dealer.manager(), patch("/api/v1/test-drive-cars/" + car)).header("If-Match", etag)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"RETIRED\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aRepeatedIdempotencyKeyReturnsTheFirstBooking() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("拉姆");
		this.work.car(dealer, "E5", "E5-PERF");
		OffsetDateTime start = this.work.slotAfter(dealer, "E5", Duration.ofHours(3));
		String phone = mobile();
		String json = """
				{"dealerId": "%s", "modelCode": "E5", "start": "%s", "phone": "%s"}
				""".formatted(dealer.id(), start, phone);
		String first = this.mvc
			.perform(as(this.work.app,
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/test-drives"))
				.header("Idempotency-Key", "app-42")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(as(this.work.app,
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/test-drives"))
				.header("Idempotency-Key", "app-42")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(JsonPath.<String>read(first, "$.id")));
		assertThat(this.work.count("SELECT count(*) FROM test_drive_bookings WHERE dealer_id = ?", dealer.id()))
			.isEqualTo(1);
	}

	@Test
	void badInputIsAnsweredWithAProblemAndWritesNothing() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("格桑");
		this.work.car(dealer, "S7", "S7-LUXURY");
		OffsetDateTime start = this.work.slotAfter(dealer, "S7", Duration.ofHours(3));
		long bookings = this.work.count("SELECT count(*) FROM test_drive_bookings");
		long customers = this.work.count("SELECT count(*) FROM customers");
		long holds = this.work.count("SELECT count(*) FROM test_drive_holds");
		String app = this.work.app;

		this.work.send(app, "/api/v1/test-drives", """
				{"dealerId": "%s", "modelCode": "s 7!", "start": "tomorrow", "phone": "12", "name": "%s"}
				""".formatted(dealer.id(), "x".repeat(101)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("modelCode", "start", "phone", "name")));
		this.work.send(app, "/api/v1/test-drives", "{\"modelCode\": \"S7\", \"start\": \"" + start + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("dealerId", "phone")));
		// not the start of a slot; in the past; beyond the horizon
		this.work.book(app, dealer, "S7", start.plusMinutes(15), mobile(), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		this.work.book(app, dealer, "S7", start.minusDays(2), mobile(), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		this.work.book(app, dealer, "S7", start.plusDays(90), mobile(), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		// a lead that is not this customer's, a consultant of nobody, a car of another
		// model
		this.work.book(app, dealer, "S7", start, mobile(), ", \"leadId\": \"" + UUID.randomUUID() + "\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("leadId"));
		this.work.book(app, dealer, "S7", start, mobile(), ", \"consultantId\": \"" + UUID.randomUUID() + "\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consultantId"));
		UUID e5 = this.work.car(dealer, "E5", "E5-STD");
		this.work.book(app, dealer, "S7", start, mobile(), ", \"carId\": \"" + e5 + "\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("carId"));
		this.work.book(app, dealer, "S7", start, mobile(), ", \"colour\": \"red\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/unknown-field"));
		this.work.book(app, dealer, "M9", start, mobile(), "").andExpect(status().isConflict());
		this.work.read(app, "/api/v1/test-drive-slots?dealerId=" + dealer.id() + "&date=2020-01-01")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		// the fleet: a VIN with a wrong check digit, a bad plate, a bad status
		this.work.send(dealer.manager(), "/api/v1/test-drive-cars", """
				{"dealerId": "%s", "vin": "LHXE5A2L1TS000001", "modelCode": "E5", "trimCode": "E5-STD",
				 "plate": "ABC"}
				""".formatted(dealer.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("vin", "plate")));
		this.work.send(dealer.manager(), "/api/v1/test-drive-absences", """
				{"dealerId": "%s", "staffId": "%s"}
				""".formatted(dealer.id(), dealer.consultantIds().get(0)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));

		assertThat(this.work.count("SELECT count(*) FROM test_drive_bookings")).isEqualTo(bookings);
		assertThat(this.work.count("SELECT count(*) FROM customers")).isEqualTo(customers);
		assertThat(this.work.count("SELECT count(*) FROM test_drive_holds")).isEqualTo(holds);
		assertThat(this.work.count("SELECT count(*) FROM test_drive_absences WHERE dealer_id = ?", dealer.id()))
			.isZero();

		// feedback before check-in, and bad feedback
		UUID booking = this.work.booked(app, dealer, "S7", start, mobile());
		this.work
			.send(dealer.consultants().get(0), "/api/v1/test-drives/" + booking + "/feedback",
					"{\"rating\": 9, \"interest\": \"VERY\", \"grade\": \"O\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("rating", "interest", "grade")));
		this.work
			.send(dealer.consultants().get(0), "/api/v1/test-drives/" + booking + "/feedback",
					"{\"rating\": 4, \"interest\": \"HIGH\"}")
			.andExpect(status().isConflict());
		assertThat(this.work.statusOf(booking)).isEqualTo("BOOKED");
	}

	@Test
	void aCarTheCatalogDoesNotHaveDoesNotJoinTheFleet() throws Exception {
		TestDriveWork.Dealer dealer = this.work.dealer("格桑");
		long cars = this.work.count("SELECT count(*) FROM test_drive_cars");

		joining(dealer, "X9", "E5-LR").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("modelCode")))
			.andExpect(jsonPath("$.errors[0].message").value("'X9' is no model of the catalog"));
		joining(dealer, "E5", "E5-ULTRA").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("trimCode")));
		joining(dealer, "e5", "s7-luxury").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("trimCode")))
			.andExpect(jsonPath("$.errors[0].message").value("'S7-LUXURY' is a trim of S7, not of E5"));
		// codes of the catalog, but of other kinds
		joining(dealer, "PEARL-WHITE", "INT-BLACK").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("modelCode", "trimCode")));

		assertThat(this.work.count("SELECT count(*) FROM test_drive_cars")).isEqualTo(cars);
		joining(dealer, "M9", "M9-FLAGSHIP").andExpect(status().isCreated());
	}

	private org.springframework.test.web.servlet.ResultActions joining(TestDriveWork.Dealer dealer, String model,
			String trim) throws Exception {
		return this.work.send(dealer.manager(), "/api/v1/test-drive-cars", """
				{"dealerId": "%s", "vin": "%s", "modelCode": "%s", "trimCode": "%s"}
				""".formatted(dealer.id(), TestDriveWork.vin(), model, trim));
	}

	@Test
	void eachDealersPeopleSeeAndChangeOnlyTheirDealersTestDrives() throws Exception {
		TestDriveWork.Dealer mine = this.work.dealer("德吉");
		TestDriveWork.Dealer other = this.work.dealer("尼玛");
		UUID car = this.work.car(mine, "E5", "E5-LR");
		OffsetDateTime start = this.work.slotAfter(mine, "E5", Duration.ofHours(3));
		UUID booking = this.work.booked(mine.consultants().get(0), mine, "E5", start, mobile());
		String stranger = other.consultants().get(0);

		this.work.read(stranger, "/api/v1/test-drives/" + booking).andExpect(status().isNotFound());
		this.work.send(stranger, "/api/v1/test-drives/" + booking + "/cancel", "{}").andExpect(status().isNotFound());
		this.work.send(stranger, "/api/v1/test-drives/" + booking + "/check-in", "").andExpect(status().isNotFound());
		this.work.read(stranger, "/api/v1/test-drive-slots?dealerId=" + mine.id() + "&date=" + start.toLocalDate())
			.andExpect(status().isNotFound());
		this.work.book(stranger, mine, "E5", start.plusMinutes(45), mobile(), "").andExpect(status().isNotFound());
		this.work.read(other.manager(), "/api/v1/test-drive-cars/" + car).andExpect(status().isNotFound());
		this.work.read(stranger, "/api/v1/test-drives?size=100")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		// consultants book, managers keep the fleet
		this.work.send(mine.consultants().get(0), "/api/v1/test-drive-cars", """
				{"dealerId": "%s", "vin": "%s", "modelCode": "E5", "trimCode": "E5-LR"}
				""".formatted(mine.id(), TestDriveWork.vin())).andExpect(status().isForbidden());
		this.mvc
			.perform(as(mine.consultants().get(0),
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.put("/api/v1/test-drive-settings/" + mine.id()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"slotMinutes\": 60}"))
			.andExpect(status().isForbidden());
		// their own dealer's people and HQ see it
		this.work.read(mine.consultants().get(0), "/api/v1/test-drives/" + booking)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.channel").value("STAFF"));
		this.mvc.perform(as(this.work.hq, get("/api/v1/test-drives?dealerId=" + mine.id())))
			.andExpect(jsonPath("$.items[*].id", hasItem(booking.toString())));
		assertThat(this.work.count("SELECT count(*) FROM audit_log WHERE action = 'ACCESS_DENIED' AND resource_id = ?",
				booking.toString()))
			.isPositive();
	}

	/** As the API writes a slot's time: with seconds. */
	static String iso(OffsetDateTime time) {
		return time.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private long holds(UUID booking) {
		return this.work.count("SELECT count(*) FROM test_drive_holds WHERE booking_id = ?", booking);
	}

}
