package io.forecourt.sales.testdrives;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import io.forecourt.kernel.security.Accounts;
import io.forecourt.kernel.security.ForecourtPrincipal;
import io.forecourt.kernel.security.Role;
import io.forecourt.kernel.tenancy.AccessScope;
import io.forecourt.support.ConsoleWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.forecourt.support.TestPrincipals.authenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The test-drive pages: the consultant's calendar with a booking and free slots, booking
 * from a free slot, check-in and feedback on the booking's page, the manager's fleet
 * page, in both languages, and nothing of another dealer.
 */
@ConsoleWebTest
class TestDriveConsoleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	@Test
	void aConsultantBooksFromTheCalendarChecksInAndCompletesTheDrive() throws Exception {
		TestDriveWork work = new TestDriveWork(this.mvc, this.jdbc, this.accounts, this.clock);
		var dealer = work.dealer("洛桑");
		UUID car = work.car(dealer, "E5", "E5-LR");
		OffsetDateTime later = work.slotAfter(dealer, "E5", Duration.ofHours(3));
		UUID booked = work.booked(work.app, dealer, "E5", later, "13700001111");
		ForecourtPrincipal consultant = staff(dealer.id(), dealer.consultantIds().get(0), Role.SALES_CONSULTANT);

		this.mvc
			.perform(get("/sales/test-drives").param("date", later.toLocalDate().toString())
				.param("lang", "en")
				.with(as(consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test-drive calendar")))
			.andExpect(content().string(containsString("data-car-id=\"" + car + "\"")))
			.andExpect(content().string(containsString("data-booking-id=\"" + booked + "\"")))
			.andExpect(content().string(containsString("book-slot")));
		this.mvc
			.perform(get("/sales/test-drives").param("date", later.toLocalDate().toString())
				.param("lang", "zh-CN")
				.with(as(consultant)))
			.andExpect(content().string(containsString("试驾日历")));

		OffsetDateTime now = work.currentSlot(dealer, "E5");
		this.mvc
			.perform(get("/sales/test-drives/new").param("carId", car.toString())
				.param("start", now.toInstant().toString())
				.with(as(consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("booking-form")));
		String location = this.mvc
			.perform(post("/sales/test-drives").param("carId", car.toString())
				.param("start", now.toInstant().toString())
				.param("phone", "13700002222")
				.param("name", "扎西")
				.with(as(consultant))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/sales/test-drives/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID booking = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get(location).param("lang", "en").with(as(consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"check-in\"")));
		this.mvc.perform(post(location + "/check-in").with(as(consultant)).with(csrf()))
			.andExpect(redirectedUrl(location));
		this.mvc
			.perform(post(location + "/feedback").param("rating", "4")
				.param("interest", "MEDIUM")
				.param("grade", "A")
				.param("comments", "空间大")
				.with(as(consultant))
				.with(csrf()))
			.andExpect(redirectedUrl(location));
		assertThat(work.statusOf(booking)).isEqualTo("COMPLETED");
		this.mvc.perform(get(location).param("lang", "en").with(as(consultant)))
			.andExpect(content().string(containsString("id=\"booking-feedback\"")));

		// a bad phone re-renders the form with the problem, and books nothing
		this.mvc
			.perform(post("/sales/test-drives").param("carId", car.toString())
				.param("start", later.plusDays(1).toInstant().toString())
				.param("phone", "12")
				.with(as(consultant))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("booking-problem")));

		// another dealer's consultant finds nothing
		var other = work.dealer("桑珠");
		ForecourtPrincipal stranger = staff(other.id(), other.consultantIds().get(0), Role.SALES_CONSULTANT);
		this.mvc.perform(get(location).with(as(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/sales/test-drives").param("dealerId", dealer.id().toString()).with(as(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void managersKeepTheFleetAndConsultantsCannot() throws Exception {
		TestDriveWork work = new TestDriveWork(this.mvc, this.jdbc, this.accounts, this.clock);
		var dealer = work.dealer("仁增");
		work.car(dealer, "S7", "S7-COMFORT");
		ForecourtPrincipal manager = staff(dealer.id(), null, Role.DEALER_MANAGER);
		ForecourtPrincipal consultant = staff(dealer.id(), dealer.consultantIds().get(0), Role.SALES_CONSULTANT);
		this.mvc.perform(get("/sales/test-drive-fleet").param("lang", "en").with(as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("S7-COMFORT")))
			.andExpect(content().string(containsString("fleet-add")));
		this.mvc
			.perform(post("/sales/test-drive-fleet/cars").param("dealerId", dealer.id().toString())
				.param("vin", TestDriveWork.vin())
				.param("modelCode", "E5")
				.param("trimCode", "E5-STD")
				.with(as(manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/sales/test-drive-fleet?dealerId=" + dealer.id()));
		assertThat(this.jdbc.sql("SELECT count(*) FROM test_drive_cars WHERE dealer_id = ?")
			.param(dealer.id())
			.query(Long.class)
			.single()).isEqualTo(2);
		this.mvc
			.perform(post("/sales/test-drive-fleet/settings").param("dealerId", dealer.id().toString())
				.param("slotMinutes", "60")
				.with(as(manager))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("SELECT slot_minutes FROM test_drive_settings WHERE dealer_id = ?")
			.param(dealer.id())
			.query(Integer.class)
			.single()).isEqualTo(60);
		this.mvc.perform(get("/sales/test-drive-fleet").with(as(consultant))).andExpect(status().isForbidden());
		this.mvc.perform(get("/sales/test-drive-fleet").param("lang", "zh-CN").with(as(manager)))
			.andExpect(content().string(containsString("试驾车队")));
		this.mvc.perform(get("/").param("lang", "en").with(as(consultant)))
			.andExpect(content().string(containsString("href=\"/sales/test-drives\"")))
			.andExpect(content().string(startsWith("<!DOCTYPE html>")));
	}

	@Test
	void theDemoDealerShowsItsFleetOnAFreshStart() throws Exception {
		UUID dealer = this.jdbc.sql("SELECT id FROM dealers WHERE code = 'SH-001'").query(UUID.class).single();
		assertThat(this.jdbc.sql("SELECT count(*) FROM test_drive_cars WHERE dealer_id = ?")
			.param(dealer)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(4);
		ForecourtPrincipal manager = staff(dealer, null, Role.DEALER_MANAGER);
		this.mvc.perform(get("/sales/test-drives").param("lang", "en").with(as(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E5-LR")))
			.andExpect(content().string(containsString("M9-BUSINESS")));
	}

	private static ForecourtPrincipal staff(UUID dealer, UUID staffId, Role role) {
		return new ForecourtPrincipal("test:" + UUID.randomUUID(), "次仁", ForecourtPrincipal.Kind.USER, Set.of(role),
				AccessScope.dealer(dealer), staffId);
	}

	private static RequestPostProcessor as(ForecourtPrincipal principal) {
		return authentication(authenticated(principal));
	}

}
