package io.forecourt.service.appointments;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.service.ServiceAppointmentBooked;
import io.forecourt.service.ServiceAppointmentCancelled;
import io.forecourt.service.ServiceAppointmentCheckedIn;
import io.forecourt.service.ServiceAppointmentRescheduled;
import io.forecourt.service.ServiceTest;
import io.forecourt.service.ServiceWork;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static io.forecourt.service.ServiceWork.mobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Appointments over the API: the brand app books for an owner found by phone through One
 * ID, the workshop's slots reflect it, and moving, cancelling, checking in and refusing
 * work as the service desk expects.
 */
@ServiceTest
class AppointmentApiTests {

	static final String PROBLEMS = "https://forecourt.dev/problems/";

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

	ServiceWork work;

	@BeforeAll
	void work() {
		this.work = new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void theBrandAppBooksForAnOwnerFoundByPhoneAndTheSlotIsTakenFromTheWorkshop() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 1);
		OffsetDateTime start = this.work.roomySlotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3));
		String phone = mobile();
		String vin = ServiceWork.vin();
		String body = this.work
			.book(this.work.app, dealer, "MAINT-MINOR", start, phone,
					", \"vin\": \"" + vin + "\", \"mileageKm\": 12000")
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("BOOKED"))
			.andExpect(jsonPath("$.channel").value("APP"))
			.andExpect(jsonPath("$.vin").value(vin))
			.andExpect(jsonPath("$.phone").value(phone.substring(0, 3) + "****" + phone.substring(7)))
			.andExpect(jsonPath("$.end").value(ServiceWork.iso(start.plusMinutes(60))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(body, "$.id"));
		UUID customer = UUID.fromString(JsonPath.read(body, "$.customerId"));
		assertThat(this.work.count(
				"SELECT count(*) FROM customer_identities WHERE customer_id = ? AND kind = 'VIN' AND identifier = ?",
				customer, vin))
			.isEqualTo(1);
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE holder_id = ?", id)).isEqualTo(8);
		assertThat(this.events.stream(ServiceAppointmentBooked.class).filter(e -> e.appointmentId().equals(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.customerId()).isEqualTo(customer));
		this.work
			.read(this.work.app,
					"/api/v1/service/dealers/" + dealer.id() + "/slots?serviceType=MAINT-MINOR&date="
							+ start.toLocalDate())
			.andExpect(jsonPath("$.slots[?(@.start == '" + ServiceWork.iso(start) + "')].freeBays").value(0))
			.andExpect(jsonPath("$.slots[?(@.start == '" + ServiceWork.iso(start) + "')].bookable").value(false))
			.andExpect(
					jsonPath("$.slots[?(@.start == '" + ServiceWork.iso(start.plusHours(1)) + "')].freeBays").value(1));
		// the same owner again: One ID finds them
		String second = this.work.book(this.work.app, dealer, "MAINT-MINOR", start.plusHours(2), phone, "")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(second, "$.customerId")).isEqualTo(customer.toString());
		ServiceWork.await(() -> this.work.count(
				"SELECT count(*) FROM customer_timeline WHERE customer_id = ? AND type = 'SERVICE_APPOINTMENT_BOOKED'"
						+ " AND ref_id = ?",
				customer, id.toString()) == 1);
		this.work
			.read(dealer.advisor(),
					"/api/v1/service/appointments?dealerId=" + dealer.id() + "&date=" + start.toLocalDate() + "&vin="
							+ vin)
			.andExpect(jsonPath("$.totalItems").value(1));
	}

	@Test
	void aTakenSlotIsRefusedWithSlotTakenAndWritesNothing() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 2);
		OffsetDateTime start = this.work.roomySlotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3));
		this.work.booked(this.work.app, dealer, "MAINT-MINOR", start);
		this.work.book(this.work.app, dealer, "MAINT-MINOR", start.plusMinutes(30), mobile(), "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(PROBLEMS + "slot-taken"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("No GENERAL bay")));
		assertThat(this.work.count("SELECT count(*) FROM service_appointments WHERE dealer_id = ?", dealer.id()))
			.isEqualTo(1);
	}

	@Test
	void aServiceThatDoesNotFitTheOpeningHoursIsRefusedWith422() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 1);
		this.work.openEveryDay(dealer.id(), "09:00-18:00");
		OffsetDateTime tomorrow = this.clock.instant().atZone(ServiceWork.SHANGHAI).plusDays(1).toOffsetDateTime();
		OffsetDateTime halfPastFive = tomorrow.withHour(17).withMinute(30).withSecond(0).withNano(0);
		this.work.book(this.work.app, dealer, "MAINT-MINOR", halfPastFive, mobile(), "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value(PROBLEMS + "outside-opening-hours"));
		this.work.book(this.work.app, dealer, "MAINT-MINOR", halfPastFive.minusMinutes(20), mobile(), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		this.work.book(this.work.app, dealer, "MAINT-MINOR", halfPastFive.minusMinutes(30), mobile(), "")
			.andExpect(status().isCreated());
	}

	@Test
	void badInputNamesEveryFieldAndWritesNothing() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 1);
		long before = this.work.count("SELECT count(*) FROM service_appointments");
		this.work.send(this.work.app, "/api/v1/service/appointments", """
				{"dealerId": "%s", "serviceType": "MAINT-MINOR", "start": "tomorrow", "phone": "12",
				 "vin": "LHXE5A2L1TS000001", "mileageKm": -5}
				""".formatted(dealer.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("start", "phone", "vin", "mileageKm")));
		this.work
			.send(this.work.app, "/api/v1/service/appointments",
					"""
							{"dealerId": "%s", "serviceType": "MAINT-MINOR", "start": "%s", "phone": "%s"}
							""".formatted(dealer.id(), this.work.slotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3)),
							mobile()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("vin"));
		this.work
			.book(this.work.app, dealer, "WHEEL-ALIGN", this.work.slotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3)),
					mobile(), "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serviceType"));
		assertThat(this.work.count("SELECT count(*) FROM service_appointments")).isEqualTo(before);
	}

	@Test
	void rescheduleTakesTheNewSlotAndFreesTheOldOneButALostMoveLeavesItWhereItWas() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 1);
		OffsetDateTime first = this.work.roomySlotAfter(dealer, "MAINT-MINOR", Duration.ofHours(4));
		UUID a = this.work.booked(this.work.app, dealer, "MAINT-MINOR", first);
		UUID b = this.work.booked(this.work.app, dealer, "MAINT-MINOR", first.plusHours(2));
		// half an hour later overlaps its own old holds: allowed
		this.work
			.send(dealer.advisor(), "/api/v1/service/appointments/" + a + "/reschedule",
					"{\"start\": \"" + first.plusMinutes(30) + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value(ServiceWork.iso(first.plusMinutes(30))));
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE holder_id = ?", a)).isEqualTo(8);
		assertThat(this.events.stream(ServiceAppointmentRescheduled.class).filter(e -> e.appointmentId().equals(a)))
			.hasSize(1);
		// into b's slot: refused, a keeps its slot
		this.work
			.send(dealer.advisor(), "/api/v1/service/appointments/" + a + "/reschedule",
					"{\"start\": \"" + first.plusHours(2) + "\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(PROBLEMS + "slot-taken"));
		this.work.read(dealer.advisor(), "/api/v1/service/appointments/" + a)
			.andExpect(jsonPath("$.start").value(ServiceWork.iso(first.plusMinutes(30))));
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE holder_id = ?", a)).isEqualTo(8);
		// the first half hour of the original slot is no longer held by anyone
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE dealer_id = ? AND unit_index = ?",
				dealer.id(), io.forecourt.kernel.time.QuarterHours.unitOf(first.toInstant())))
			.isZero();
		// cancelling b frees its slot for a
		this.work.send(this.work.app, "/api/v1/service/appointments/" + b + "/cancel", "{\"reason\": \"改期\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE holder_id = ?", b)).isZero();
		assertThat(this.events.stream(ServiceAppointmentCancelled.class).filter(e -> e.appointmentId().equals(b)))
			.hasSize(1);
		this.work
			.send(dealer.advisor(), "/api/v1/service/appointments/" + a + "/reschedule",
					"{\"start\": \"" + first.plusHours(2) + "\"}")
			.andExpect(status().isOk());
	}

	@Test
	void theAdvisorChecksTheOwnerInFromTwoHoursBeforeAndNoShowsWaitForTheStart() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 1);
		OffsetDateTime soon = this.work.slotAfter(dealer, "MAINT-MINOR", Duration.ofMinutes(30));
		UUID id = this.work.booked(this.work.app, dealer, "MAINT-MINOR", soon);
		this.work.send(dealer.advisor(), "/api/v1/service/appointments/" + id + "/no-show", "")
			.andExpect(status().isConflict());
		this.work.send(dealer.advisor(), "/api/v1/service/appointments/" + id + "/check-in", "{\"mileageKm\": 15200}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CHECKED_IN"))
			.andExpect(jsonPath("$.mileageKm").value(15200));
		assertThat(this.events.stream(ServiceAppointmentCheckedIn.class).filter(e -> e.appointmentId().equals(id)))
			.singleElement()
			.satisfies(e -> assertThat(e.mileageKm()).isEqualTo(15200));
		// the bay and technician stay held while the car is in the workshop
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE holder_id = ?", id)).isEqualTo(8);
		this.work.send(dealer.advisor(), "/api/v1/service/appointments/" + id + "/cancel", "")
			.andExpect(status().isConflict());
		OffsetDateTime later = this.work.slotAfter(dealer, "MAINT-MINOR", Duration.ofHours(6));
		UUID early = this.work.booked(this.work.app, dealer, "MAINT-MINOR", later);
		this.work.send(dealer.advisor(), "/api/v1/service/appointments/" + early + "/check-in", "")
			.andExpect(status().isConflict());
	}

	@Test
	void anotherDealersStaffFindNothingAndAdvisorsDoNotConfigureTheWorkshop() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 1);
		ServiceWork.Dealer other = this.work.workshop(1, 1);
		UUID id = this.work.booked(this.work.app, dealer, "MAINT-MINOR",
				this.work.slotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3)));
		this.work.read(other.advisor(), "/api/v1/service/appointments/" + id).andExpect(status().isNotFound());
		this.work.send(other.advisor(), "/api/v1/service/appointments/" + id + "/cancel", "")
			.andExpect(status().isNotFound());
		this.work.read(other.advisor(), "/api/v1/service/dealers/" + dealer.id() + "/workshop")
			.andExpect(status().isNotFound());
		this.work
			.send(dealer.advisor(), "/api/v1/service/dealers/" + dealer.id() + "/bays",
					"{\"code\": \"X1\", \"name\": \"X\", \"kind\": \"GENERAL\"}")
			.andExpect(status().isForbidden());
		assertThat(this.work.statusOf(id)).isEqualTo("BOOKED");
	}

	@Test
	void aRepeatedIdempotencyKeyReturnsTheFirstAppointment() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(2, 2);
		OffsetDateTime start = this.work.slotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3));
		String phone = mobile();
		String key = "app-" + UUID.randomUUID();
		String first = this.mvc.perform(ServiceWork
			.as(this.work.app,
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.post("/api/v1/service/appointments"))
			.header("Idempotency-Key", key)
			.contentType("application/json")
			.content(
					"{\"dealerId\": \"%s\", \"serviceType\": \"MAINT-MINOR\", \"start\": \"%s\", \"phone\": \"%s\", \"plate\": \"藏A12345\"}"
						.formatted(dealer.id(), start, phone)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(ServiceWork
			.as(this.work.app,
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.post("/api/v1/service/appointments"))
			.header("Idempotency-Key", key)
			.contentType("application/json")
			.content(
					"{\"dealerId\": \"%s\", \"serviceType\": \"MAINT-MINOR\", \"start\": \"%s\", \"phone\": \"%s\", \"plate\": \"藏A12345\"}"
						.formatted(dealer.id(), start, phone)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(JsonPath.<String>read(first, "$.id")));
		assertThat(this.work.count("SELECT count(*) FROM service_appointments WHERE dealer_id = ?", dealer.id()))
			.isEqualTo(1);
	}

}
