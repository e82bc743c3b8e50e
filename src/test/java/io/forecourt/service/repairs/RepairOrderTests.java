package io.forecourt.service.repairs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.kernel.security.Accounts;
import io.forecourt.service.ExtraWorkDecided;
import io.forecourt.service.ExtraWorkRequested;
import io.forecourt.service.RepairOrderDelivered;
import io.forecourt.service.RepairOrderOpened;
import io.forecourt.service.RepairOrderStepChanged;
import io.forecourt.service.ServiceTest;
import io.forecourt.service.ServiceWork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Repair orders over the API: opened once per checked-in appointment, every step in its
 * order and every refusal, extra work that is charged only once the owner approved it,
 * parts reserved on approval and consumed at delivery, the service history.
 */
@ServiceTest
class RepairOrderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	java.time.Clock clock;

	ServiceWork work;

	RepairWork repairs;

	ServiceWork.Dealer dealer;

	@BeforeAll
	void workshop() throws Exception {
		this.work = new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock);
		this.repairs = new RepairWork(this.work);
		this.dealer = this.work.workshop(6, 6);
	}

	@Test
	void openingFromACheckedInAppointmentTakesItsFactsOnceAndPricesTheServiceAtTheLabourRate(ApplicationEvents events)
			throws Exception {
		String vin = ServiceWork.vin();
		UUID appointment = this.repairs.checkedIn(this.dealer, vin);
		String body = RepairWork.body(this.repairs.open(this.dealer, appointment)
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.step").value("RECEPTION"))
			.andExpect(jsonPath("$.vin").value(vin))
			.andExpect(jsonPath("$.mileageKm").value(15200))
			.andExpect(jsonPath("$.appointmentId").value(appointment.toString()))
			.andExpect(jsonPath("$.bay").isNotEmpty())
			.andExpect(jsonPath("$.technician").isNotEmpty())
			.andExpect(jsonPath("$.lines.length()").value(1))
			.andExpect(jsonPath("$.lines[0].kind").value("LABOUR"))
			.andExpect(jsonPath("$.lines[0].status").value("APPROVED"))
			.andExpect(jsonPath("$.lines[0].quantity").value(1.0))
			.andExpect(jsonPath("$.lines[0].amount").value(180.0))
			.andExpect(jsonPath("$.charged").value(180.0))
			.andExpect(jsonPath("$.steps[0].step").value("RECEPTION")));
		UUID id = UUID.fromString(JsonPath.read(body, "$.id"));
		String path = JsonPath.read(body, "$.progressPath");
		assertThat(path).matches("/repair-progress/[A-Za-z0-9_-]{32}");

		// again: the same order, nothing new
		this.repairs.open(this.dealer, appointment)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id.toString()));
		assertThat(events.stream(RepairOrderOpened.class).filter(e -> e.repairOrderId().equals(id))).hasSize(1);
		assertThat(this.work.count("SELECT count(*) FROM service_repair_orders WHERE appointment_id = ?", appointment))
			.isEqualTo(1);
	}

	@Test
	void anAppointmentNotCheckedInOpensNothing() throws Exception {
		UUID booked = this.work.booked(this.work.app, this.dealer, "MAINT-MINOR",
				this.work.slotAfter(this.dealer, "MAINT-MINOR", java.time.Duration.ofHours(5)));
		this.repairs.open(this.dealer, booked).andExpect(status().isConflict());
		assertThat(this.work.count("SELECT count(*) FROM service_repair_orders WHERE appointment_id = ?", booked))
			.isZero();
	}

	@Test
	void everyStepInItsOrderStampedWithWhoAndWhenAndDeliveryWritesTheServiceHistory(ApplicationEvents events)
			throws Exception {
		RepairWork.Order order = this.repairs.order(this.dealer);
		UUID id = order.id();
		// a step cannot be skipped, WAITING_FOR_APPROVAL is not the advisor's to choose
		this.repairs.move(this.dealer, id, "IN_REPAIR").andExpect(status().isConflict());
		this.repairs.move(this.dealer, id, "WAITING_FOR_APPROVAL").andExpect(status().isConflict());
		this.repairs.move(this.dealer, id, "DELIVERED").andExpect(status().isConflict());
		this.repairs.move(this.dealer, id, "BOGUS").andExpect(status().isBadRequest());
		// the version is checked: missing 428, stale 412
		this.mvc
			.perform(ServiceWork.as(this.dealer.advisor(), post("/api/v1/service/repair-orders/" + id + "/step"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"INSPECTION\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(ServiceWork.as(this.dealer.advisor(), post("/api/v1/service/repair-orders/" + id + "/step"))
				.header("If-Match", "\"7\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\": \"INSPECTION\"}"))
			.andExpect(status().isPreconditionFailed());
		assertThat(this.repairs.step(this.dealer, id)).isEqualTo("RECEPTION");

		for (String step : List.of("INSPECTION", "IN_REPAIR", "QUALITY_CHECK", "WASHING", "READY_FOR_PICKUP",
				"DELIVERED")) {
			this.repairs.move(this.dealer, id, step)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.step").value(step));
		}
		String body = this.repairs.read(this.dealer, id);
		List<String> steps = JsonPath.read(body, "$.steps[*].step");
		assertThat(steps).containsExactly("RECEPTION", "INSPECTION", "IN_REPAIR", "QUALITY_CHECK", "WASHING",
				"READY_FOR_PICKUP", "DELIVERED");
		List<String> movedBy = JsonPath.read(body, "$.steps[*].movedBy");
		assertThat(movedBy).allSatisfy(by -> assertThat(by).isNotBlank());
		// nothing after delivery
		this.repairs.move(this.dealer, id, "DELIVERED").andExpect(status().isConflict());
		this.repairs.change(this.dealer, id, "/cancel", "").andExpect(status().isConflict());

		assertThat(events.stream(RepairOrderStepChanged.class).filter(e -> e.repairOrderId().equals(id)))
			.extracting(RepairOrderStepChanged::to)
			.containsExactly("INSPECTION", "IN_REPAIR", "QUALITY_CHECK", "WASHING", "READY_FOR_PICKUP", "DELIVERED");
		assertThat(events.stream(RepairOrderDelivered.class).filter(e -> e.repairOrderId().equals(id))).singleElement()
			.satisfies(e -> {
				assertThat(e.total()).isEqualByComparingTo("180.00");
				assertThat(e.vin()).isEqualTo(order.vin());
				assertThat(e.mileageKm()).isEqualTo(15200);
				assertThat(e.work()).hasSize(1);
			});
		this.work.read(this.dealer.advisor(), "/api/v1/service/vehicles/" + order.vin() + "/history")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].repairOrderId").value(id.toString()))
			.andExpect(jsonPath("$[0].mileageKm").value(15200))
			.andExpect(jsonPath("$[0].dealerId").value(this.dealer.id().toString()))
			.andExpect(jsonPath("$[0].total").value(180.0));
		this.work.read(this.dealer.advisor(), "/api/v1/service/vehicles/NOT-A-VIN/history")
			.andExpect(status().isBadRequest());
		// the timeline has the visit
		ServiceWork.await(() -> this.work.count(
				"SELECT count(*) FROM customer_timeline WHERE ref_id = ? AND type = 'REPAIR_ORDER_DELIVERED'",
				id.toString()) == 1);
	}

	@Test
	void extraWorkIsChargedOnlyOnceTheOwnerApprovedItAndEachLineIsDecidedOnce(ApplicationEvents events)
			throws Exception {
		RepairWork.Order order = this.repairs.order(this.dealer);
		UUID id = order.id();
		String part = this.repairs.part(this.dealer, "240.50", 5);
		this.repairs.move(this.dealer, id, "INSPECTION").andExpect(status().isOk());
		this.repairs.line(this.dealer, id, "{\"kind\": \"PART\", \"partNumber\": \"" + part + "\", \"quantity\": 2}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[1].status").value("PROPOSED"))
			.andExpect(jsonPath("$.lines[1].unitPrice").value(240.5))
			.andExpect(jsonPath("$.lines[1].amount").value(481.0))
			.andExpect(jsonPath("$.charged").value(180.0))
			.andExpect(jsonPath("$.awaitingApproval").value(481.0));
		this.repairs.line(this.dealer, id, "{\"kind\": \"LABOUR\", \"description\": \"更换刹车片\", \"quantity\": 1.5}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[2].amount").value(270.0));
		// proposed parts hold nothing yet
		assertThat(this.repairs.stock(this.dealer, part)).isEqualTo(Map.of("onHand", 5, "reserved", 0));
		// the repair cannot start around the owner
		this.repairs.move(this.dealer, id, "IN_REPAIR").andExpect(status().isConflict());
		this.repairs.change(this.dealer, id, "/extra-work", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("WAITING_FOR_APPROVAL"));
		this.repairs.move(this.dealer, id, "IN_REPAIR").andExpect(status().isConflict());
		assertThat(events.stream(ExtraWorkRequested.class).filter(e -> e.repairOrderId().equals(id))).singleElement()
			.satisfies(e -> assertThat(e.amount()).isEqualByComparingTo("751.00"));

		String token = this.repairs.token(this.dealer, id);
		String progress = RepairWork.body(this.mvc.perform(get("/api/v1/repair-progress/" + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("WAITING_FOR_APPROVAL"))
			.andExpect(jsonPath("$.awaitingDecision").value(true))
			.andExpect(jsonPath("$.ownerFirstName").value("晴"))
			.andExpect(jsonPath("$.charged").value(180.0)));
		assertThat(progress).doesNotContain(order.vin()).doesNotContain("customerId");
		List<String> lineIds = JsonPath.read(progress, "$.lines[?(@.awaitingDecision == true)].id");
		assertThat(lineIds).hasSize(2);
		String partLine = lineIds.get(0);
		String labourLine = lineIds.get(1);

		// one decision: still waiting, the approved part reserved now
		this.repairs.decide(token, "{\"decisions\": [{\"lineId\": \"" + partLine + "\", \"approve\": true}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("WAITING_FOR_APPROVAL"))
			.andExpect(jsonPath("$.charged").value(661.0));
		assertThat(this.repairs.stock(this.dealer, part)).isEqualTo(Map.of("onHand", 5, "reserved", 2));
		// decided once
		this.repairs.decide(token, "{\"decisions\": [{\"lineId\": \"" + partLine + "\", \"approve\": false}]}")
			.andExpect(status().isConflict());
		this.repairs.decide(token, "{\"decisions\": [{\"lineId\": \"" + UUID.randomUUID() + "\", \"approve\": true}]}")
			.andExpect(status().isBadRequest());
		this.repairs.decide(token, "{\"decisions\": []}").andExpect(status().isBadRequest());
		// the last decision starts the repair, moved by the owner
		this.repairs.decide(token, "{\"decisions\": [{\"lineId\": \"" + labourLine + "\", \"approve\": false}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("IN_REPAIR"))
			.andExpect(jsonPath("$.charged").value(661.0));
		this.repairs.decide(token, "{\"decisions\": [{\"lineId\": \"" + labourLine + "\", \"approve\": true}]}")
			.andExpect(status().isConflict());
		String body = this.repairs.read(this.dealer, id);
		assertThat((List<String>) JsonPath.read(body, "$.steps[*].movedBy")).last().isEqualTo("owner");
		assertThat(events.stream(ExtraWorkDecided.class).filter(e -> e.repairOrderId().equals(id))).hasSize(2);

		for (String step : List.of("QUALITY_CHECK", "WASHING", "READY_FOR_PICKUP", "DELIVERED")) {
			this.repairs.move(this.dealer, id, step).andExpect(status().isOk());
		}
		// the approved part left the shelf; the declined labour is not charged
		assertThat(this.repairs.stock(this.dealer, part)).isEqualTo(Map.of("onHand", 3, "reserved", 0));
		assertThat(events.stream(RepairOrderDelivered.class).filter(e -> e.repairOrderId().equals(id))).singleElement()
			.satisfies(e -> {
				assertThat(e.total()).isEqualByComparingTo(new BigDecimal("661.00"));
				assertThat(e.work()).hasSize(2).noneMatch(w -> w.contains("更换刹车片"));
			});
	}

	@Test
	void aShortApprovedPartIsRefusedNamingItAndDecidesNothing() throws Exception {
		RepairWork.Order order = this.repairs.order(this.dealer);
		UUID id = order.id();
		String part = this.repairs.part(this.dealer, "99.90", 1);
		this.repairs.move(this.dealer, id, "INSPECTION").andExpect(status().isOk());
		this.repairs.line(this.dealer, id, "{\"kind\": \"PART\", \"partNumber\": \"" + part + "\", \"quantity\": 3}")
			.andExpect(status().isOk());
		this.repairs.change(this.dealer, id, "/extra-work", "").andExpect(status().isOk());
		String token = this.repairs.token(this.dealer, id);
		String line = JsonPath.read(this.repairs.read(this.dealer, id), "$.lines[1].id");
		this.repairs.decide(token, "{\"decisions\": [{\"lineId\": \"" + line + "\", \"approve\": true}]}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.shortages[0].partNumber").value(part));
		this.mvc.perform(get("/api/v1/repair-progress/" + token))
			.andExpect(jsonPath("$.lines[1].status").value("PROPOSED"))
			.andExpect(jsonPath("$.step").value("WAITING_FOR_APPROVAL"));
		assertThat(this.repairs.stock(this.dealer, part)).isEqualTo(Map.of("onHand", 1, "reserved", 0));
		// declining it instead holds nothing and lets the repair start
		this.repairs.decide(token, "{\"decisions\": [{\"lineId\": \"" + line + "\", \"approve\": false}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("IN_REPAIR"))
			.andExpect(jsonPath("$.charged").value(180.0));
		assertThat(this.repairs.stock(this.dealer, part)).isEqualTo(Map.of("onHand", 1, "reserved", 0));
	}

	@Test
	void partsApprovedAtReceptionAreReservedAtOnceAndGivenBackOnCancel() throws Exception {
		RepairWork.Order order = this.repairs.order(this.dealer);
		UUID id = order.id();
		String part = this.repairs.part(this.dealer, "35.00", 4);
		this.repairs.line(this.dealer, id, "{\"kind\": \"PART\", \"partNumber\": \"" + part + "\", \"quantity\": 2}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[1].status").value("APPROVED"))
			.andExpect(jsonPath("$.charged").value(250.0));
		assertThat(this.repairs.stock(this.dealer, part)).isEqualTo(Map.of("onHand", 4, "reserved", 2));
		// too many of a part: 409 naming it, nothing added
		this.repairs.line(this.dealer, id, "{\"kind\": \"PART\", \"partNumber\": \"" + part + "\", \"quantity\": 3}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.shortages[0].partNumber").value(part));
		this.work.read(this.dealer.advisor(), "/api/v1/service/repair-orders/" + id)
			.andExpect(jsonPath("$.lines.length()").value(2));
		// bad lines: 400 naming each field
		this.repairs.line(this.dealer, id, "{\"kind\": \"PART\", \"quantity\": 1.5}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("quantity", "partNumber")));
		this.repairs.line(this.dealer, id, "{\"kind\": \"WASH\", \"quantity\": 0}").andExpect(status().isBadRequest());
		this.repairs.move(this.dealer, id, "INSPECTION").andExpect(status().isOk());
		this.repairs.change(this.dealer, id, "/cancel", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.step").value("CANCELLED"));
		assertThat(this.repairs.stock(this.dealer, part)).isEqualTo(Map.of("onHand", 4, "reserved", 0));
		this.repairs.move(this.dealer, id, "IN_REPAIR").andExpect(status().isConflict());
	}

	@Test
	void theOwnersRepairOrdersAreExportedWithoutTheirLinkAndTheirNameErased() throws Exception {
		String plate = "藏A%05d".formatted(10000 + (int) (Math.random() * 80000));
		String opened = RepairWork
			.body(this.work.send(this.dealer.advisor(), "/api/v1/service/repair-orders/walk-ins", """
					{"dealerId": "%s", "serviceType": "MAINT-MINOR", "phone": "%s", "plate": "%s",
					 "ownerFirstName": "卓玛"}
					""".formatted(this.dealer.id(), ServiceWork.mobile(), plate)).andExpect(status().isCreated()));
		UUID id = UUID.fromString(JsonPath.read(opened, "$.id"));
		String customer = JsonPath.read(opened, "$.customerId");
		String token = this.repairs.token(this.dealer, id);
		this.work.read(this.work.hq, "/api/v1/customers/" + customer + "/export")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("service-repair-orders")))
			.andExpect(content().string(containsString(plate)))
			.andExpect(content().string(containsString("卓玛")))
			.andExpect(content().string(not(containsString(token))));
		this.work.send(this.work.hq, "/api/v1/customers/" + customer + "/erase", "{\"reason\": \"owner asked\"}")
			.andExpect(status().isOk());
		ServiceWork.await(() -> this.work
			.count("SELECT count(*) FROM service_repair_orders WHERE id = ? AND owner_first_name IS NULL", id) == 1);
		// the car's visit stays in the dealer's books
		assertThat(this.work.count("SELECT count(*) FROM service_repair_orders WHERE id = ?", id)).isEqualTo(1);
	}

	@Test
	void aWalkInHoldsAFreeBayOrNoneAndFindsTheOwnerByPhone() throws Exception {
		ServiceWork.Dealer small = this.work.workshop(1, 1);
		String phone = ServiceWork.mobile();
		String json = """
				{"dealerId": "%s", "serviceType": "MAINT-MINOR", "phone": "%s", "plate": "藏A%05d", "mileageKm": 30100}
				""";
		String first = RepairWork.body(this.work
			.send(small.advisor(), "/api/v1/service/repair-orders/walk-ins",
					json.formatted(small.id(), phone, 10000 + (int) (Math.random() * 80000)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.appointmentId").doesNotExist())
			.andExpect(jsonPath("$.bay").isNotEmpty())
			.andExpect(jsonPath("$.lines[0].status").value("APPROVED")));
		UUID firstId = UUID.fromString(JsonPath.read(first, "$.id"));
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE holder_id = ?", firstId)).isPositive();
		// the only bay is taken now: the next walk-in waits without one
		String second = RepairWork.body(this.work
			.send(small.advisor(), "/api/v1/service/repair-orders/walk-ins",
					json.formatted(small.id(), phone, 10000 + (int) (Math.random() * 80000)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.bay").doesNotExist()));
		assertThat((String) JsonPath.read(second, "$.customerId")).isEqualTo(JsonPath.read(first, "$.customerId"));
		// bad input: 400 naming each field, nothing written
		long before = this.work.count("SELECT count(*) FROM service_repair_orders WHERE dealer_id = ?", small.id());
		this.work
			.send(small.advisor(), "/api/v1/service/repair-orders/walk-ins",
					"{\"dealerId\": \"" + small.id() + "\", \"serviceType\": \"MAINT-MINOR\", \"phone\": \"12\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("phone", "vin")));
		assertThat(this.work.count("SELECT count(*) FROM service_repair_orders WHERE dealer_id = ?", small.id()))
			.isEqualTo(before);
		// delivering frees the walk-in's bay
		for (String step : List.of("INSPECTION", "IN_REPAIR", "QUALITY_CHECK", "WASHING", "READY_FOR_PICKUP",
				"DELIVERED")) {
			this.repairs.move(small, firstId, step).andExpect(status().isOk());
		}
		assertThat(this.work.count("SELECT count(*) FROM service_holds WHERE holder_id = ?", firstId)).isZero();
	}

	@Test
	void anotherDealersAdvisorAndAnUnknownLinkSeeNothing() throws Exception {
		RepairWork.Order order = this.repairs.order(this.dealer);
		ServiceWork.Dealer other = this.work.dealer();
		this.work.read(other.advisor(), "/api/v1/service/repair-orders/" + order.id()).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/repair-progress/" + "A".repeat(32))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/repair-progress/short")).andExpect(status().isNotFound());
		this.repairs
			.decide("A".repeat(32), "{\"decisions\": [{\"lineId\": \"" + UUID.randomUUID() + "\", \"approve\": true}]}")
			.andExpect(status().isNotFound());
		// nothing waits: deciding a line of the original job is refused
		String token = this.repairs.token(this.dealer, order.id());
		String line = JsonPath.read(this.repairs.read(this.dealer, order.id()), "$.lines[0].id");
		this.repairs.decide(token, "{\"decisions\": [{\"lineId\": \"" + line + "\", \"approve\": false}]}")
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/v1/repair-progress/" + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].status").value("APPROVED"));
	}

	@Test
	void theLabourRateIsTheDealersOwnOnceSetAndManagersSetIt() throws Exception {
		ServiceWork.Dealer own = this.work.workshop(1, 1);
		this.work.read(own.advisor(), "/api/v1/service/dealers/" + own.id() + "/labour-rate")
			.andExpect(jsonPath("$.hourlyRate").value(180.0));
		this.mvc
			.perform(ServiceWork
				.as(own.advisor(),
						org.springframework.test.web.servlet.request.MockMvcRequestBuilders
							.put("/api/v1/service/dealers/" + own.id() + "/labour-rate"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hourlyRate\": 200}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(ServiceWork
				.as(own.manager(),
						org.springframework.test.web.servlet.request.MockMvcRequestBuilders
							.put("/api/v1/service/dealers/" + own.id() + "/labour-rate"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hourlyRate\": -1}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(ServiceWork
				.as(own.manager(),
						org.springframework.test.web.servlet.request.MockMvcRequestBuilders
							.put("/api/v1/service/dealers/" + own.id() + "/labour-rate"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hourlyRate\": 255.5}"))
			.andExpect(status().isOk());
		RepairWork.Order order = this.repairs.order(own);
		this.work.read(own.advisor(), "/api/v1/service/repair-orders/" + order.id())
			.andExpect(jsonPath("$.lines[0].amount").value(255.5));
	}

	@Test
	void aCarCheckedInBeforeMidnightForAnAppointmentJustAfterItWaitsOnTheBoard() throws Exception {
		ServiceWork.Dealer late = this.work.workshop(1, 1);
		// the shared clock to the next 22:30 in China (it only moves forward)
		java.time.ZonedDateTime now = this.clock.instant().atZone(ServiceWork.SHANGHAI);
		java.time.ZonedDateTime evening = now.with(java.time.LocalTime.of(22, 30));
		((io.forecourt.support.MutableClock) this.clock)
			.advance(java.time.Duration.between(now, evening.isAfter(now) ? evening : evening.plusDays(1)));
		java.time.LocalDate tomorrow = this.clock.instant().atZone(ServiceWork.SHANGHAI).toLocalDate().plusDays(1);
		java.time.OffsetDateTime midnight = this.work.slot(late, "MAINT-MINOR",
				start -> start.atZoneSameInstant(ServiceWork.SHANGHAI).toLocalDate().equals(tomorrow));
		UUID appointment = this.work.booked(this.work.app, late, "MAINT-MINOR", midnight);
		this.work.send(late.advisor(), "/api/v1/service/appointments/" + appointment + "/check-in", "")
			.andExpect(status().isOk());

		io.forecourt.kernel.security.ForecourtPrincipal advisor = new io.forecourt.kernel.security.ForecourtPrincipal(
				"test:" + UUID.randomUUID(), "次仁", io.forecourt.kernel.security.ForecourtPrincipal.Kind.USER,
				java.util.Set.of(io.forecourt.kernel.security.Role.SERVICE_ADVISOR),
				io.forecourt.kernel.tenancy.AccessScope.dealer(late.id()), null);
		this.mvc
			.perform(get("/service/workshop-board").param("lang", "en")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(io.forecourt.support.TestPrincipals.authenticated(advisor))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-appointment=\"" + appointment + "\"")));
	}

	@Test
	void theBoardShowsTheDealersOrdersByStepAndTheOwnersPageItsStepsWithoutPersonalData() throws Exception {
		RepairWork.Order order = this.repairs.order(this.dealer);
		io.forecourt.kernel.security.ForecourtPrincipal advisor = new io.forecourt.kernel.security.ForecourtPrincipal(
				"test:" + UUID.randomUUID(), "次仁", io.forecourt.kernel.security.ForecourtPrincipal.Kind.USER,
				java.util.Set.of(io.forecourt.kernel.security.Role.SERVICE_ADVISOR),
				io.forecourt.kernel.tenancy.AccessScope.dealer(this.dealer.id()), null);
		var signedIn = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.authentication(io.forecourt.support.TestPrincipals.authenticated(advisor));
		this.mvc.perform(get("/service/workshop-board").param("lang", "en").with(signedIn))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("data-repair-order=\"" + order.id() + "\"")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("hx-trigger=\"every 4s\"")));
		// moved from the board, it lands in the next column
		this.mvc
			.perform(post("/service/repair-orders/" + order.id() + "/move").with(signedIn)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("to", "INSPECTION")
				.param("version", "0")
				.param("fromBoard", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.repairs.step(this.dealer, order.id())).isEqualTo("INSPECTION");
		this.mvc.perform(get("/service/repair-orders/" + order.id()).param("lang", "zh-CN").with(signedIn))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("检查")));
		String token = this.repairs.token(this.dealer, order.id());
		String page = this.mvc.perform(get("/repair-progress/" + token).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Hello, 晴")
			.contains("data-current=\"true\"")
			.contains("hx-trigger=")
			.doesNotContain(order.vin())
			.doesNotContain("次仁");
		// htmx polls get just the panel
		this.mvc.perform(get("/repair-progress/" + token).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
		this.mvc.perform(get("/repair-progress/" + "B".repeat(32))).andExpect(status().isNotFound());
		// another dealer's advisor sees no such order
		io.forecourt.kernel.security.ForecourtPrincipal stranger = new io.forecourt.kernel.security.ForecourtPrincipal(
				"test:" + UUID.randomUUID(), "外人", io.forecourt.kernel.security.ForecourtPrincipal.Kind.USER,
				java.util.Set.of(io.forecourt.kernel.security.Role.SERVICE_ADVISOR),
				io.forecourt.kernel.tenancy.AccessScope.dealer(UUID.randomUUID()), null);
		this.mvc
			.perform(get("/service/repair-orders/" + order.id())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(io.forecourt.support.TestPrincipals.authenticated(stranger))))
			.andExpect(status().isNotFound());
	}

	@Test
	void twoDesksOpeningTheSameAppointmentAtOnceGetOneOrder() throws Exception {
		UUID appointment = this.repairs.checkedIn(this.dealer, ServiceWork.vin());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					return this.repairs.open(this.dealer, appointment).andReturn().getResponse().getStatus();
				}));
			}
			start.countDown();
			List<Integer> statuses = new java.util.ArrayList<>();
			for (var call : calls) {
				statuses.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 200);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.work.count("SELECT count(*) FROM service_repair_orders WHERE appointment_id = ?", appointment))
			.isEqualTo(1);
		UUID order = this.jdbc.sql("SELECT id FROM service_repair_orders WHERE appointment_id = ?")
			.param(appointment)
			.query(UUID.class)
			.single();
		assertThat(this.work.count("SELECT count(*) FROM service_repair_order_lines WHERE repair_order_id = ?", order))
			.isEqualTo(1);
	}

}
