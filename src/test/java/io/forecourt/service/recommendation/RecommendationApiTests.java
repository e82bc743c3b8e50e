package io.forecourt.service.recommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.service.ServiceTest;
import io.forecourt.service.ServiceWork;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The recommendation over the API against figures worked out by hand. The owner is at
 * 30.0 N 91.0 E; workshop X is 0.1 degree north (11.12 km great-circle), Y 0.2 degree
 * (22.24 km), Z 1 degree (111 km, beyond the 100 km default). Each has one bay and one
 * technician, open 09:00-18:00 (36 quarter hours); X is booked 09:00-12:00 tomorrow (load
 * 12/36, earliest free start 12:00), Y is empty (earliest 09:00). X is rated 5.0, Y 3.0.
 * Window: tomorrow, 24 hours from midnight.
 */
@ServiceTest
class RecommendationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	ServiceWork work;

	String code;

	LocalDate tomorrow;

	ServiceWork.Dealer x;

	ServiceWork.Dealer y;

	@BeforeAll
	void workshops() throws Exception {
		this.work = new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock);
		// a service type of these tests' own, so other tests' workshops never compete
		this.code = "RT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		this.tomorrow = this.clock.instant().atZone(ServiceWork.SHANGHAI).toLocalDate().plusDays(1);
		this.x = workshop(30.1, "5.0");
		this.y = workshop(30.2, "3.0");
		workshop(31.0, "5.0");
		for (int hour = 9; hour < 12; hour++) {
			OffsetDateTime start = this.tomorrow.atTime(hour, 0).atZone(ServiceWork.SHANGHAI).toOffsetDateTime();
			this.work.booked(this.work.app, this.x, this.code, start);
		}
	}

	@Test
	void aRoutineServiceRanksByDistanceLoadAndRatingWithEveryFactorExplained() throws Exception {
		// u = 0: weights 0, 7/15, 4/15, 4/15
		// X: 7/15 x (1 - 11.1195/100) + 4/15 x (1 - 1/3) + 4/15 x (5-1)/4 = 0.8592
		// Y: 7/15 x (1 - 22.2390/100) + 4/15 x 1 + 4/15 x (3-1)/4 = 0.7629
		recommend(this.work.app, "\"faultSeverity\": \"NONE\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.considered").value(2))
			.andExpect(jsonPath("$.urgency.value").value(0.0))
			.andExpect(jsonPath("$.weights.distance").value(closeTo(0.4667, 1e-4)))
			.andExpect(jsonPath("$.dealers[0].dealerId").value(this.x.id().toString()))
			.andExpect(jsonPath("$.dealers[0].score").value(closeTo(0.8592, 1e-4)))
			.andExpect(jsonPath("$.dealers[0].distanceKm").value(closeTo(11.12, 0.01)))
			.andExpect(jsonPath("$.dealers[0].earliestStart").value(iso(12)))
			.andExpect(jsonPath("$.dealers[0].factors[0].name").value("urgency"))
			.andExpect(jsonPath("$.dealers[0].factors[0].raw").value(12.0))
			.andExpect(jsonPath("$.dealers[0].factors[0].normalised").value(0.5))
			.andExpect(jsonPath("$.dealers[0].factors[0].contribution").value(0.0))
			.andExpect(jsonPath("$.dealers[0].factors[1].normalised").value(closeTo(0.8888, 1e-4)))
			.andExpect(jsonPath("$.dealers[0].factors[1].contribution").value(closeTo(0.4148, 1e-4)))
			.andExpect(jsonPath("$.dealers[0].factors[2].raw").value(closeTo(0.3333, 1e-4)))
			.andExpect(jsonPath("$.dealers[0].factors[2].contribution").value(closeTo(0.1778, 1e-4)))
			.andExpect(jsonPath("$.dealers[0].factors[3].raw").value(5.0))
			.andExpect(jsonPath("$.dealers[0].factors[3].contribution").value(closeTo(0.2667, 1e-4)))
			.andExpect(jsonPath("$.dealers[1].dealerId").value(this.y.id().toString()))
			.andExpect(jsonPath("$.dealers[1].score").value(closeTo(0.7629, 1e-4)))
			.andExpect(jsonPath("$.dealers[1].earliestStart").value(iso(9)))
			.andExpect(jsonPath("$.dealers[1].factors[0].raw").value(9.0));
	}

	@Test
	void aCriticalFaultWeighsDistanceAndTheEarliestFreeStartMore() throws Exception {
		// u = 1: weights 5/23, 14/23, 2/23, 2/23
		// X: 5/23 x 0.5 + 14/23 x 0.8888 + 2/23 x 2/3 + 2/23 x 1 = 0.7946
		// Y: 5/23 x (1 - 9/24) + 14/23 x 0.7776 + 2/23 x 1 + 2/23 x 0.5 = 0.7396
		recommend(this.work.hq, "\"faultSeverity\": \"critical\"").andExpect(status().isOk())
			.andExpect(jsonPath("$.urgency.value").value(1.0))
			.andExpect(jsonPath("$.urgency.severity").value("CRITICAL"))
			.andExpect(jsonPath("$.weights.urgency").value(closeTo(0.2174, 1e-4)))
			.andExpect(jsonPath("$.weights.distance").value(closeTo(0.6087, 1e-4)))
			.andExpect(jsonPath("$.dealers[0].score").value(closeTo(0.7946, 1e-4)))
			.andExpect(jsonPath("$.dealers[1].score").value(closeTo(0.7396, 1e-4)))
			.andExpect(jsonPath("$.dealers[1].factors[0].contribution").value(closeTo(0.1359, 1e-4)));
	}

	@Test
	void anOverdueServiceRaisesTheUrgencyAndAWiderRadiusAddsTheFarWorkshop() throws Exception {
		// 25,000 km since the last service of a 10,000 km interval: overdue 2.5, urgency
		// 1
		recommend(this.work.app, "\"mileageKm\": 30000, \"lastServiceMileageKm\": 5000, \"maxDistanceKm\": 200")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.considered").value(3))
			.andExpect(jsonPath("$.urgency.overdueRatio").value(2.5))
			.andExpect(jsonPath("$.urgency.intervalKm").value(10000))
			.andExpect(jsonPath("$.urgency.value").value(1.0));
	}

	@Test
	void badRequestsNameTheirFields() throws Exception {
		this.work.send(this.work.app, "/api/v1/service/recommendations", """
				{"serviceType": "%s", "position": {"latitude": 95, "longitude": 91}, "faultSeverity": "SEVERE",
				 "from": "2000-01-01"}
				""".formatted(this.code))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("vin", "position", "faultSeverity", "from")));
	}

	private org.springframework.test.web.servlet.ResultActions recommend(String key, String extra) throws Exception {
		return this.work.send(key, "/api/v1/service/recommendations", """
				{"modelCode": "E5", "serviceType": "%s", "position": {"latitude": 30.0, "longitude": 91.0},
				 "from": "%s", "to": "%s", %s}
				""".formatted(this.code.toLowerCase(), this.tomorrow, this.tomorrow, extra));
	}

	private String iso(int hour) {
		return ServiceWork.iso(this.tomorrow.atTime(hour, 0).atZone(ServiceWork.SHANGHAI).toOffsetDateTime());
	}

	private ServiceWork.Dealer workshop(double latitude, String rating) throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer("09:00-18:00");
		this.jdbc.sql("UPDATE dealers SET latitude = ?, longitude = 91.0 WHERE id = ?")
			.params(latitude, dealer.id())
			.update();
		this.work.bay(dealer, "GENERAL");
		this.work.technician(dealer, "技师", "MAINTENANCE");
		this.work.serviceType(dealer, this.code, 60, "MAINTENANCE", "GENERAL");
		this.mvc
			.perform(ServiceWork
				.as(this.work.hq,
						org.springframework.test.web.servlet.request.MockMvcRequestBuilders
							.put("/api/v1/service/dealers/" + dealer.id() + "/rating"))
				.contentType("application/json")
				.content("{\"rating\": " + rating + ", \"reviews\": 40}"))
			.andExpect(status().isOk());
		return dealer;
	}

}
