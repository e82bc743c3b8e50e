package io.forecourt.service.workshop;

import java.time.Duration;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.service.ServiceTest;
import io.forecourt.service.ServiceWork;
import io.forecourt.support.MutableClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A manager configures the workshop over the API: bays, technicians and service types are
 * validated and versioned, nothing that appointments to come need can be taken away, and
 * only HQ sets ratings.
 */
@ServiceTest
class WorkshopApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	ServiceWork work;

	@BeforeAll
	void work() {
		this.work = new ServiceWork(this.mvc, this.jdbc, this.accounts, this.clock);
	}

	@Test
	void aManagerAddsBaysTechniciansAndTheStandardServiceTypes() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		String path = "/api/v1/service/dealers/" + dealer.id();
		this.work.send(dealer.manager(), path + "/bays", "{\"code\": \"ev-1\", \"name\": \"EV 工位\", \"kind\": \"ev\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.code").value("EV-1"))
			.andExpect(jsonPath("$.kind").value("EV"));
		this.work.send(dealer.manager(), path + "/bays", "{\"code\": \"EV-1\", \"name\": \"again\", \"kind\": \"EV\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://forecourt.dev/problems/duplicate"));
		this.work
			.send(dealer.manager(), path + "/technicians",
					"{\"name\": \"刘师傅\", \"skills\": [\"HIGH_VOLTAGE\", \"ELECTRICAL\"]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.skills", containsInAnyOrder("HIGH_VOLTAGE", "ELECTRICAL")));
		this.work.send(dealer.manager(), path + "/service-types/standard", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(StandardServiceTypes.ALL.size())));
		this.work.read(dealer.advisor(), path + "/workshop")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bays", hasSize(1)))
			.andExpect(jsonPath("$.technicians[0].name").value("刘师傅"))
			.andExpect(jsonPath("$.serviceTypes[?(@.code == 'BATTERY-CHECK')].requiredBayKind").value("EV"));
		// the EV bay and the HV technician make battery checks bookable
		this.work
			.read(dealer.advisor(),
					path + "/slots?serviceType=BATTERY-CHECK&date="
							+ this.clock.instant().atZone(ServiceWork.SHANGHAI).toLocalDate().plusDays(1))
			.andExpect(jsonPath("$.durationMinutes").value(60))
			.andExpect(jsonPath("$.slots[0].freeBays").value(1))
			.andExpect(jsonPath("$.slots[0].freeTechnicians").value(1));
	}

	@Test
	void badWorkshopInputNamesEveryField() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		String path = "/api/v1/service/dealers/" + dealer.id();
		this.work.send(dealer.manager(), path + "/bays", "{\"code\": \"\", \"name\": \"x\", \"kind\": \"PAINT\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "kind")));
		this.work.send(dealer.manager(), path + "/technicians", "{\"name\": \"王\", \"skills\": [\"WELDING\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("skills[0]"));
		this.work.send(dealer.manager(), path + "/service-types", """
				{"code": "MAINT-X", "category": "MAINTENANCE", "nameZh": "保养", "nameEn": "Service",
				 "standardMinutes": 50, "requiredSkill": "MAINTENANCE", "requiredBayKind": "GENERAL"}
				""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("standardMinutes", "intervalKm")));
	}

	@Test
	void aBayOrTechnicianWithAppointmentsToComeStaysInServiceAndStaleVersionsAreRefused() throws Exception {
		ServiceWork.Dealer dealer = this.work.workshop(1, 1);
		UUID bay = this.jdbc.sql("SELECT id FROM service_bays WHERE dealer_id = ?")
			.param(dealer.id())
			.query(UUID.class)
			.single();
		UUID technician = this.jdbc.sql("SELECT id FROM service_technicians WHERE dealer_id = ?")
			.param(dealer.id())
			.query(UUID.class)
			.single();
		UUID appointment = this.work.booked(this.work.app, dealer, "MAINT-MINOR",
				this.work.slotAfter(dealer, "MAINT-MINOR", Duration.ofHours(3)));
		change(dealer.manager(), "/api/v1/service/bays/" + bay, "{\"active\": false}", "\"0\"")
			.andExpect(status().isConflict());
		change(dealer.manager(), "/api/v1/service/technicians/" + technician, "{\"active\": false}", "\"0\"")
			.andExpect(status().isConflict());
		change(dealer.manager(), "/api/v1/service/bays/" + bay, "{\"name\": \"1号工位\"}", null)
			.andExpect(status().isPreconditionRequired());
		change(dealer.manager(), "/api/v1/service/bays/" + bay, "{\"name\": \"1号工位\"}", "\"0\"")
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		change(dealer.manager(), "/api/v1/service/bays/" + bay, "{\"name\": \"2号工位\"}", "\"0\"")
			.andExpect(status().isPreconditionFailed());
		this.work.send(this.work.app, "/api/v1/service/appointments/" + appointment + "/cancel", "")
			.andExpect(status().isOk());
		change(dealer.manager(), "/api/v1/service/bays/" + bay, "{\"active\": false}", "\"1\"")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		this.work
			.read(dealer.advisor(),
					"/api/v1/service/dealers/" + dealer.id() + "/slots?serviceType=MAINT-MINOR&date="
							+ this.clock.instant().atZone(ServiceWork.SHANGHAI).toLocalDate().plusDays(1))
			.andExpect(jsonPath("$.slots[0].freeBays").value(0))
			.andExpect(jsonPath("$.slots[0].bookable").value(false));
	}

	@Test
	void onlyHeadquartersSetsServiceRatings() throws Exception {
		ServiceWork.Dealer dealer = this.work.dealer();
		String path = "/api/v1/service/dealers/" + dealer.id() + "/rating";
		rate(dealer.manager(), path, "{\"rating\": 5, \"reviews\": 1}").andExpect(status().isForbidden());
		rate(this.work.hq, path, "{\"rating\": 5.5}").andExpect(status().isBadRequest());
		rate(this.work.hq, path, "{\"rating\": 4.567, \"reviews\": 120}").andExpect(status().isOk())
			.andExpect(jsonPath("$.rating").value(4.57));
		this.work.read(dealer.advisor(), "/api/v1/service/dealers/" + dealer.id() + "/workshop")
			.andExpect(jsonPath("$.rating.reviews").value(120));
	}

	private ResultActions change(String key, String path, String json, String ifMatch) throws Exception {
		var request = ServiceWork.as(key, patch(path)).contentType(MediaType.APPLICATION_JSON).content(json);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return this.mvc.perform(request);
	}

	private ResultActions rate(String key, String path, String json) throws Exception {
		return this.mvc.perform(ServiceWork.as(key, put(path)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

}
