package io.forecourt.service.repairs;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import io.forecourt.service.ServiceWork;
import io.forecourt.service.workshop.ServicePolicy;
import io.forecourt.support.MutableClock;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the repair order tests do over the API: a checked-in appointment, an open repair
 * order, moves with the current ETag, parts on the shelf.
 */
final class RepairWork {

	final ServiceWork work;

	RepairWork(ServiceWork work) {
		this.work = work;
	}

	/** An appointment booked through the brand app starting soon, and checked in. */
	UUID checkedIn(ServiceWork.Dealer dealer, String vin) throws Exception {
		// the tests share their workshops: a start offered may be taken by the time it is
		// booked, so try the next ones (check-in opens two hours before the start)
		UUID id = null;
		OffsetDateTime start = null;
		for (int minutes = 30; id == null; minutes += 15) {
			start = this.work.slotAfter(dealer, "MAINT-MINOR", Duration.ofMinutes(minutes));
			MvcResult booked = this.work
				.book(this.work.app, dealer, "MAINT-MINOR", start, ServiceWork.mobile(), ", \"vin\": \"" + vin + "\"")
				.andReturn();
			if (booked.getResponse().getStatus() == 201) {
				id = UUID.fromString(JsonPath.read(booked.getResponse().getContentAsString(), "$.id"));
			}
			else if (minutes > 100) {
				throw new IllegalStateException("no bookable start soon: " + booked.getResponse().getContentAsString());
			}
		}
		// late in the day the shared workshop's remaining starts may be taken, and the
		// first
		// free one tomorrow morning: wait (move the clock) until its check-in opens
		Instant checkInOpens = start.toInstant().minus(ServicePolicy.CHECK_IN_OPENS_BEFORE);
		if (this.work.clock.instant().isBefore(checkInOpens)) {
			((MutableClock) this.work.clock).advance(Duration.between(this.work.clock.instant(), checkInOpens));
		}
		this.work.send(dealer.advisor(), "/api/v1/service/appointments/" + id + "/check-in", "{\"mileageKm\": 15200}")
			.andExpect(status().isOk());
		return id;
	}

	ResultActions open(ServiceWork.Dealer dealer, UUID appointment) throws Exception {
		return this.work.send(dealer.advisor(), "/api/v1/service/repair-orders",
				"{\"appointmentId\": \"" + appointment + "\", \"ownerFirstName\": \"晴\"}");
	}

	/** A repair order opened from a fresh checked-in appointment. */
	Order order(ServiceWork.Dealer dealer) throws Exception {
		String vin = ServiceWork.vin();
		MvcResult result = open(dealer, checkedIn(dealer, vin)).andExpect(status().isCreated()).andReturn();
		return new Order(UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id")), vin,
				result);
	}

	record Order(UUID id, String vin, MvcResult opened) {
	}

	/** The order as the advisor reads it now. */
	String read(ServiceWork.Dealer dealer, UUID order) throws Exception {
		return this.work.read(dealer.advisor(), "/api/v1/service/repair-orders/" + order)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long version(ServiceWork.Dealer dealer, UUID order) throws Exception {
		return ((Number) JsonPath.read(read(dealer, order), "$.version")).longValue();
	}

	String step(ServiceWork.Dealer dealer, UUID order) throws Exception {
		return JsonPath.read(read(dealer, order), "$.step");
	}

	String token(ServiceWork.Dealer dealer, UUID order) throws Exception {
		String path = JsonPath.read(read(dealer, order), "$.progressPath");
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** A POST with the order's current ETag. */
	ResultActions change(ServiceWork.Dealer dealer, UUID order, String path, String json) throws Exception {
		long version = version(dealer, order);
		return this.work.mvc
			.perform(ServiceWork.as(dealer.advisor(), post("/api/v1/service/repair-orders/" + order + path))
				.header("If-Match", "\"" + version + "\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(json));
	}

	ResultActions move(ServiceWork.Dealer dealer, UUID order, String to) throws Exception {
		return change(dealer, order, "/step", "{\"to\": \"" + to + "\"}");
	}

	ResultActions line(ServiceWork.Dealer dealer, UUID order, String json) throws Exception {
		return change(dealer, order, "/lines", json);
	}

	ResultActions decide(String token, String json) throws Exception {
		return this.work.mvc
			.perform(post("/api/v1/repair-progress/" + token + "/decisions").contentType(MediaType.APPLICATION_JSON)
				.content(json));
	}

	/** A part in the master at this list price, stocked at the dealer with this many. */
	String part(ServiceWork.Dealer dealer, String price, int onHand) throws Exception {
		String number = "ZP9"
				+ Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36).toUpperCase() + "-RO";
		this.work.send(this.work.hq, "/api/v1/service/parts", """
				{"partNumber": "%s", "nameZh": "刹车片", "nameEn": "Brake pads", "unit": "PIECE", "listPrice": %s}
				""".formatted(number, price)).andExpect(status().isCreated());
		this.work.mvc
			.perform(ServiceWork
				.as(dealer.manager(), put("/api/v1/service/dealers/" + dealer.id() + "/parts-stock/" + number))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reorderPoint\": 0, \"reorderQuantity\": 10, \"binLocation\": \"A-01\"}"))
			.andExpect(status().isCreated());
		if (onHand > 0) {
			this.work.mvc
				.perform(ServiceWork
					.as(dealer.advisor(), post("/api/v1/service/dealers/" + dealer.id() + "/parts-stock/receipts"))
					.header("Idempotency-Key", UUID.randomUUID().toString())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"deliveryNote\": \"DN-1\", \"lines\": [{\"partNumber\": \"%s\", \"quantity\": %d}]}"
						.formatted(number, onHand)))
				.andExpect(status().isCreated());
		}
		return number;
	}

	/** On hand and reserved of the part at the dealer. */
	Map<String, Integer> stock(ServiceWork.Dealer dealer, String part) {
		return this.work.jdbc
			.sql("SELECT on_hand, reserved FROM service_parts_stock WHERE dealer_id = ? AND part_number = ?")
			.params(dealer.id(), part)
			.query((rs, n) -> Map.of("onHand", rs.getInt(1), "reserved", rs.getInt(2)))
			.single();
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

}
